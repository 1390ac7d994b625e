package io.github.meshplugin.site;

import static io.github.meshplugin.site.GraphPicturesTest.elements;
import static io.github.meshplugin.site.GraphPicturesTest.hrefs;
import static io.github.meshplugin.site.GraphPicturesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.site.render.GraphSvg;
import io.github.meshplugin.site.view.GraphPictures;
import io.github.meshplugin.site.view.Sketch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The lineage explorer: the pictures it draws at each depth (the build's own, which the explorer's script is held
 * to by {@code ExplorerPictureParityBrowserIT}), their caps, and the one page and script it is made of.
 */
class GraphExplorerTest {

    private final GraphSvg svg = new GraphSvg();

    @TempDir
    Path temp;

    /** {@code d.p0} read by {@code d.p1}, read by {@code d.p2}, and so on. */
    private static GraphFixture chain(int length) {
        GraphFixture chain = new GraphFixture().domain("d", "D");
        for (int i = 0; i < length; i++) {
            chain.product("d.p" + i, "d");
            if (i > 0) {
                chain.reads("d.p" + i, "d.p" + (i - 1));
            }
        }
        return chain;
    }

    @Test
    void aLineageReachesAsManyHopsAsAskedAndTheWholeOneReachesTheEnd() throws Exception {
        GraphPictures pictures = chain(7).pictures();

        assertThat(pictures.lineage("d.p3", GraphPictures.ANY_DISTANCE, 24, "products/d.p3.html")
                        .summary())
                .isEqualTo("3 upstream products and 3 downstream products at any distance.");
        assertThat(shown(pictures.lineage("d.p0", 3, 24, "products/d.p0.html").sketch()))
                .containsExactly("d.p0", "d.p1", "d.p2", "d.p3");
        assertThat(shown(pictures.lineage("d.p3", 1, 24, "products/d.p3.html").sketch()))
                .containsExactly("d.p2", "d.p3", "d.p4");
        GraphPictures.Chosen all = pictures.lineage("d.p0", GraphPictures.ANY_DISTANCE, 24, "products/d.p0.html");
        assertThat(shown(all.sketch())).hasSize(7);
        assertThat(all.summary()).isEqualTo("No upstream products and 6 downstream products at any distance.");
    }

    @Test
    void eachSideKeepsItsLimitNearestFirstAndItsMoreBoxLeadsToTheProductPage() throws Exception {
        GraphFixture fixture = chain(3);
        for (int i = 0; i < 40; i++) {
            fixture.product("d.far-" + String.format("%02d", i), "d")
                    .reads("d.far-" + String.format("%02d", i), "d.p2");
        }
        GraphPictures.Chosen chosen =
                fixture.pictures().lineage("d.p0", GraphPictures.ANY_DISTANCE, 10, "products/d.p0.html");
        Document doc = parse(svg.draw(chosen.sketch(), "../", "depth-all"));

        assertThat(shown(chosen.sketch())).hasSize(11).as("the nearest first").contains("d.p1", "d.p2");
        List<Element> more = elements(doc, "a", "gk-more");
        assertThat(more).hasSize(1);
        assertThat(hrefs(more)).containsExactly("../products/d.p0.html#downstream");
        assertThat(more.get(0).getTextContent()).contains("+32 more");
        assertThat(chosen.summary())
                .isEqualTo("No upstream products and 42 downstream products at any distance; 10 drawn, the rest in"
                        + " the lists of its page.");
    }

    @Test
    void aPictureOfSeveralOnAPageHasItsOwnArrowheadAndNamesWhatItsBoxesAndLinesStandFor() throws Exception {
        String hostile = "<script>alert(1)</script> \"q\" & 'a'";
        GraphFixture fixture = new GraphFixture()
                .domain("x", "X")
                .product("x.a\"<b>", hostile, "x", Status.ACTIVE)
                .product("x.b", "x")
                .reads("x.b", "x.a\"<b>");
        String drawn = svg.draw(
                fixture.pictures().lineage("x.b", 2, 24, "products/x.b.html").sketch(), "../", "depth-2");
        Document doc = parse(drawn);

        assertThat(drawn).doesNotContain("id=\"graph-arrow\"", "url(#graph-arrow)", "<script", "<b>");
        assertThat(doc.getElementsByTagName("marker")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("id")
                        .getNodeValue())
                .isEqualTo("graph-arrow-depth-2");
        List<String> nodes = new ArrayList<>();
        elements(doc, "a", "graph-node").forEach(a -> nodes.add(a.getAttribute("data-node")));
        assertThat(nodes).containsExactlyInAnyOrder("p:x.a\"<b>", "p:x.b");
        Element edge = elements(doc, "path", "graph-edge").stream()
                .filter(e -> e.hasAttribute("data-from"))
                .findFirst()
                .orElseThrow();
        assertThat(edge.getAttribute("data-from")).isEqualTo("p:x.a\"<b>");
        assertThat(edge.getAttribute("data-to")).isEqualTo("p:x.b");
        assertThat(svg.draw(fixture.pictures().neighbourhood("x.b").sketch(), "../"))
                .as("a product page's one picture is drawn as before")
                .contains("id=\"graph-arrow\"")
                .doesNotContain("data-node");
    }

    @Test
    void theSiteHasOneExplorerPageAndOneScriptOfEveryProductDomainAndDependency() throws Exception {
        Path site = temp.resolve("site");
        MeshBuild.run(
                BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                Goal.SITE,
                BuildLog.SILENT);

        String script = Files.readString(site.resolve("graph/lineage.js"));
        assertThat(script).startsWith("meshLineage({").endsWith("});\n");
        JsonNode data = new ObjectMapper()
                .readTree(script.substring("meshLineage(".length(), script.length() - ");\n".length()));
        List<String> names = new ArrayList<>();
        data.get("products").forEach(p -> names.add(p.get(1).asText()));
        assertThat(names).hasSize(14).isSorted();
        boolean found = false;
        for (JsonNode read : data.get("reads")) {
            String consumer =
                    data.get("products").get(read.get(0).asInt()).get(0).asText();
            String producer =
                    data.get("products").get(read.get(1).asInt()).get(0).asText();
            found |= consumer.equals("marketing.customer-segments")
                    && producer.equals("customer.lifetime-value")
                    && read.get(2).asText().equals("customer.lifetime-value.clv-scores");
        }
        assertThat(found).as("Customer Segments reads Customer Lifetime Value").isTrue();
        JsonNode orders = null;
        for (JsonNode product : data.get("products")) {
            orders = product.get(0).asText().equals("sales.orders") ? product : orders;
        }
        assertThat(orders).as("Orders is in the script").isNotNull();
        assertThat(orders.get(3).asText()).as("its page name").isEqualTo("sales.orders");
        assertThat(orders.get(4).asText())
                .as("its status, which its box is drawn with")
                .isEqualTo("active");
        JsonNode domain = data.get("domains").get(orders.get(6).asInt());
        assertThat(domain.get(0).asText()).isEqualTo("sales");
        assertThat(domain.get(2).asText()).as("the page its frame leads to").isEqualTo("domains/sales.html");

        try (var graphFolder = Files.list(site.resolve("graph"))) {
            assertThat(graphFolder.map(f -> f.getFileName().toString()))
                    .as("one page draws every product's lineage: none is written per product")
                    .containsExactlyInAnyOrder("explore.html", "lineage.js");
        }
        var explorer = Jsoup.parse(site.resolve("graph/explore.html").toFile(), "UTF-8");
        assertThat(explorer.select("script[src]").eachAttr("src"))
                .containsSubsequence(
                        "../assets/d3.min.js",
                        "../assets/lineage-layout.js",
                        "../assets/lineage-picture.js",
                        "../assets/explore.js");
        assertThat(explorer.select(".explorer").attr("data-side-limit")).isEqualTo("24");
        assertThat(explorer.select(".explore-nojs a").eachAttr("href")).containsExactly("../graph.html");
        assertThat(site.resolve("assets/d3.min.js")).exists();
        var product = Jsoup.parse(site.resolve("products/sales.orders.html").toFile(), "UTF-8");
        assertThat(product.select("#lineage a[href=../graph/explore.html?product=sales.orders]"))
                .hasSize(1);
        var graph = Jsoup.parse(site.resolve("graph.html").toFile(), "UTF-8");
        assertThat(graph.select("ul.explore-links a").eachAttr("href"))
                .contains("graph/explore.html?product=sales.orders");
    }

    private static List<String> shown(Sketch sketch) {
        return sketch.items().stream()
                .filter(item -> item.kind() == Sketch.Kind.PRODUCT || item.kind() == Sketch.Kind.FOCUS)
                .map(item -> item.id().substring(2))
                .sorted()
                .toList();
    }
}
