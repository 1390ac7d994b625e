package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.OverviewViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the catalog says about what depends on a product, on a mesh where one product feeds sixty. */
class ImpactPagesTest {

    @TempDir
    static Path temp;

    private static Path site;

    private static DataProduct product(String id, String team, String... reads) {
        String domain = id.substring(0, id.indexOf('.'));
        return new DataProduct(
                id,
                id,
                domain,
                Status.ACTIVE,
                "1.0.0",
                "v1.0.0",
                "purpose",
                null,
                null,
                List.of(),
                new Owner(team, false),
                Arrays.stream(reads)
                        .map(c -> new InputPort(c, "1.0.0", c, Source.file(id)))
                        .toList(),
                List.of(new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id))),
                List.of(),
                Map.of(),
                "domains/" + domain + "/" + id,
                null,
                Source.file("domains/" + id + ".odps.yaml").at(1, 1));
    }

    @BeforeAll
    static void render() throws Exception {
        // core.base is read by core.clean; sixty products in three domains read core.clean.
        List<DataProduct> products = new ArrayList<>();
        products.add(product("core.base", "platform"));
        products.add(product("core.clean", "platform", "core.base.out"));
        String[] domains = {"alpha", "beta", "gamma"};
        for (int i = 0; i < 60; i++) {
            products.add(product(
                    String.format("%s.reader-%02d", domains[i % 3], i), "team-" + domains[i % 3], "core.clean.out"));
        }
        Mesh mesh = new Mesh(List.of(), List.of(), products, List.of());
        MeshResult result =
                new MeshResult(mesh, MeshGraph.of(mesh), List.of(), RuleSet.defaults(), List.of(), RulePolicy.none());
        site = temp.resolve("site");
        new SiteRenderer(Theme.standard()).render(new CatalogViewBuilder(result, "Impact").build(), result, site);
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    @Test
    void aProductPageSaysHowManyProductsDomainsAndTeamsDependOnItAndListsTheFirstFifty() throws Exception {
        Document base = page("products/core.base.html");

        assertThat(base.select("p.blast-radius").text())
                .isEqualTo("61 products in 4 domains, owned by 4 teams, "
                        + "depend on this product, directly or through other products.");
        assertThat(base.select("table.products").last().select("tbody tr"))
                .hasSize(50)
                .first()
                .extracting(row -> row.select("th").text())
                .isEqualTo("alpha.reader-00");
        assertThat(base.select("p.blast-radius-more").text())
                .isEqualTo("+11 more: the first 50 by name are listed; this product's JSON lists them all.");
        assertThat(page("products/alpha.reader-00.html").select("#lineage").text())
                .contains("No product depends on this product.");
    }

    @Test
    void theProductJsonListsEveryDependentAndTheCounts() throws Exception {
        JsonNode base = new ObjectMapper()
                .readTree(site.resolve("products/core.base.json").toFile());

        assertThat(base.get("blastRadius")).hasSize(61);
        assertThat(base.get("downstream")).hasSize(1);
        assertThat(base.at("/impact/products").asInt()).isEqualTo(61);
        assertThat(base.at("/impact/domains").toString()).isEqualTo("[\"alpha\",\"beta\",\"core\",\"gamma\"]");
        JsonNode reader = new ObjectMapper()
                .readTree(site.resolve("products/beta.reader-01.json").toFile());
        assertThat(reader.get("upstream").toString()).isEqualTo("[\"core.base\",\"core.clean\"]");
    }

    @Test
    void catalogJsonCarriesEachProductsNeighboursLayerAndBlastRadiusAndTheDomainCoupling() throws Exception {
        JsonNode graph = new ObjectMapper()
                .readTree(site.resolve("catalog.json").toFile())
                .get("graph");

        assertThat(graph.get("products")).hasSize(62);
        JsonNode clean = graph.get("products").get(41);
        assertThat(clean.get("id").asText()).isEqualTo("core.clean");
        assertThat(clean.get("upstream").toString()).isEqualTo("[\"core.base\"]");
        assertThat(clean.get("downstream")).hasSize(60);
        assertThat(clean.get("layer").asInt()).isEqualTo(1);
        assertThat(clean.at("/blastRadius/products").asInt()).isEqualTo(60);
        assertThat(clean.at("/blastRadius/teams").toString())
                .isEqualTo("[\"team-alpha\",\"team-beta\",\"team-gamma\"]");
        assertThat(graph.at("/mostDependedOn/0/product").asText()).isEqualTo("core.clean");
        assertThat(graph.at("/domainCoupling/domains").toString()).isEqualTo("[\"alpha\",\"beta\",\"core\",\"gamma\"]");
        assertThat(graph.at("/domainCoupling/edges/0").toString()).isEqualTo("[0,0,20,0]");
        assertThat(graph.at("/domainCoupling/crossDomainShare").asDouble()).isEqualTo(60 / 61.0, within(1e-4));
        assertThat(graph.get("cycles")).isEmpty();
    }

    @Test
    void theOverviewRanksTheMostDependedOnProductsAndShowsTheCouplingMatrix() throws Exception {
        Document index = page("index.html");

        assertThat(index.select("table.depended-on tbody tr")
                        .first()
                        .select("td, th")
                        .eachText())
                .containsExactly("1", "core.clean", "core", "60", "60", "60.0");
        assertThat(index.select("table.depended-on tbody tr")
                        .get(1)
                        .select("th")
                        .text())
                .isEqualTo("core.base");
        assertThat(index.select("p.coupling-share").text())
                .isEqualTo("98% of the dependencies cross a domain boundary: 60 of 61.");
        assertThat(index.select("table.coupling thead th").eachText())
                .containsExactly("alpha", "beta", "core", "gamma");
        assertThat(index.select("table.coupling tbody tr").get(2).select("td").eachText())
                .containsExactly("0", "0", "1", "0");
    }

    @Test
    void aMeshOfManyDomainsShowsItsThirtyMostCoupledDomainsInTheMatrix() {
        // d00 is read by every other domain; d30..d34 also read each other, so they are more coupled than d01..d29.
        List<DataProduct> products = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            List<String> reads = new ArrayList<>();
            if (i > 0) {
                reads.add("d00.p.out");
            }
            for (int j = 30; j < 35 && i >= 30; j++) {
                if (j != i) {
                    reads.add(String.format("d%02d.p.out", j));
                }
            }
            products.add(product(String.format("d%02d.p", i), "team", reads.toArray(String[]::new)));
        }
        Mesh mesh = new Mesh(List.of(), List.of(), products, List.of());
        MeshResult result =
                new MeshResult(mesh, MeshGraph.of(mesh), List.of(), RuleSet.defaults(), List.of(), RulePolicy.none());

        OverviewViews.CouplingView coupling = new CatalogViewBuilder(result, "Many")
                .build()
                .overview()
                .graph()
                .coupling();

        assertThat(coupling.shownDomains()).isEqualTo(30);
        assertThat(coupling.totalDomains()).isEqualTo(35);
        assertThat(coupling.domains())
                .extracting(CatalogView.Link::label)
                .startsWith("d00", "d01")
                .contains("d24", "d30", "d34")
                .doesNotContain("d25", "d29");
        assertThat(coupling.rows())
                .hasSize(30)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(30));
        assertThat(coupling.crossDomainEdges()).isEqualTo(54);
        assertThat(coupling.crossDomainPercent()).isEqualTo(100);
    }
}
