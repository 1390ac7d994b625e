package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.layout.Layout;
import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.site.render.GraphSvg;
import io.github.meshplugin.site.view.GraphPictures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class GraphPicturesTest {

    private final GraphSvg svg = new GraphSvg();

    /** A product {@code hub} read by {@code consumers} products of two domains, and reading two products itself. */
    private static GraphFixture hub(int consumers) {
        GraphFixture fixture = new GraphFixture()
                .domain("sales", "Sales")
                .domain("finance", "Finance")
                .product("sales.hub", "Orders Hub", "sales", Status.ACTIVE)
                .product("sales.source", "sales")
                .product("finance.rates", "finance")
                .reads("sales.hub", "sales.source")
                .reads("sales.hub", "finance.rates");
        for (int i = 0; i < consumers; i++) {
            String id = (i % 2 == 0 ? "sales" : "finance") + ".consumer-" + String.format("%03d", i);
            fixture.product(id, id.substring(0, id.indexOf('.'))).reads(id, "sales.hub");
        }
        return fixture;
    }

    @Test
    void everyBoxLinksToItsPageAndHasATitle() throws Exception {
        Document doc =
                parse(svg.draw(hub(5).pictures().neighbourhood("sales.hub").sketch(), "../"));
        List<Element> nodes = elements(doc, "a", "graph-node");
        assertThat(nodes).hasSize(8);
        for (Element node : nodes) {
            assertThat(node.getAttribute("href")).matches("\\.\\./products/[a-z.0-9-]+\\.html");
            Element title = (Element) node.getElementsByTagName("title").item(0);
            assertThat(title.getTextContent()).isNotBlank();
        }
        assertThat(hrefs(nodes))
                .contains(
                        "../products/sales.hub.html",
                        "../products/finance.rates.html",
                        "../products/sales.consumer-000.html");
        assertThat(hrefs(elements(doc, "a", "graph-frame")))
                .containsExactly("../domains/finance.html", "../domains/sales.html");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void aSideOfMoreThanTwelveShowsTwelveAndAMoreBoxThatLinksToTheList() throws Exception {
        Document busy =
                parse(svg.draw(hub(57).pictures().neighbourhood("sales.hub").sketch(), "../"));
        List<Element> more = elements(busy, "a", "gk-more");
        assertThat(more).hasSize(1);
        assertThat(more.get(0).getAttribute("href")).isEqualTo("#downstream");
        assertThat(more.get(0).getTextContent()).contains("+45 more", "downstream");
        assertThat(elements(busy, "a", "gk-product")).hasSize(2 + GraphPictures.SIDE_LIMIT);

        Document twelve =
                parse(svg.draw(hub(12).pictures().neighbourhood("sales.hub").sketch(), "../"));
        assertThat(elements(twelve, "a", "gk-more")).isEmpty();
        assertThat(elements(twelve, "a", "gk-product")).hasSize(14);
    }

    @Test
    void theNeighbourhoodReachesTwoHopsEachWayAndNoFurther() throws Exception {
        GraphFixture chain = new GraphFixture().domain("d", "D");
        for (String id : List.of("d.a", "d.b", "d.c", "d.d", "d.e")) {
            chain.product(id, "d");
        }
        chain.reads("d.b", "d.a").reads("d.c", "d.b").reads("d.d", "d.c").reads("d.e", "d.d");
        List<String> shown = hrefs(
                elements(parse(svg.draw(chain.pictures().neighbourhood("d.a").sketch(), "../")), "a", "graph-node"));
        assertThat(shown)
                .containsExactlyInAnyOrder("../products/d.a.html", "../products/d.b.html", "../products/d.c.html");
        List<String> middle = hrefs(
                elements(parse(svg.draw(chain.pictures().neighbourhood("d.c").sketch(), "../")), "a", "graph-node"));
        assertThat(middle).hasSize(5);
    }

    @Test
    void noTwoBoxesOverlapInABusyNeighbourhood() {
        Layout layout = svg.layout(hub(40).pictures().neighbourhood("sales.hub").sketch());
        List<Box> boxes = layout.nodes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as(boxes.get(i) + " / " + boxes.get(j))
                        .isFalse();
            }
        }
    }

    @Test
    void hostileNamesAreEscapedAndTheSvgStaysWellFormed() throws Exception {
        String hostile = "<script>alert(1)</script> & \"quotes\" 'apostrophes' \u0000\u0007 \ud800 end";
        GraphFixture fixture = new GraphFixture()
                .domain("x", "<b>Bold & \"domain\"</b>")
                .product("x.evil", hostile, "x", Status.ACTIVE)
                .product("x.ok", "x")
                .reads("x.ok", "x.evil");
        String drawn = svg.draw(fixture.pictures().neighbourhood("x.evil").sketch(), "../");
        Document doc = parse(drawn);
        assertThat(drawn).doesNotContain("<script", "<b>").contains("&lt;script&gt;");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        Element evil = elements(doc, "a", "gk-focus").get(0);
        assertThat(evil.getElementsByTagName("title").item(0).getTextContent())
                .startsWith("<script>alert(1)</script> & \"quotes\" 'apostrophes'");
        parse(svg.draw(fixture.pictures().domain("x").sketch(), "../"));
        parse(svg.draw(fixture.pictures().domainMap().sketch(), ""));
    }

    @Test
    void longNamesAreCutInTheBoxAndWholeInTheTitle() throws Exception {
        String name = "Customer lifetime value by acquisition channel and cohort, restated monthly";
        GraphFixture fixture = new GraphFixture().domain("m", "M").product("m.long", name, "m", Status.ACTIVE);
        Element box = elements(
                        parse(svg.draw(
                                fixture.pictures().neighbourhood("m.long").sketch(), "../")),
                        "a",
                        "gk-focus")
                .get(0);
        String label = box.getElementsByTagName("text").item(0).getTextContent();
        assertThat(label).endsWith("…").hasSizeLessThanOrEqualTo(GraphSvg.LABEL_CHARS);
        assertThat(name).startsWith(label.substring(0, label.length() - 1));
        assertThat(box.getElementsByTagName("title").item(0).getTextContent()).contains(name);
    }

    @Test
    void statusIsAWordAndAnOutlineNotOnlyAColour() throws Exception {
        GraphFixture fixture = new GraphFixture()
                .domain("s", "S")
                .product("s.old", "Old", "s", Status.DEPRECATED)
                .product("s.new", "s")
                .reads("s.new", "s.old");
        Element old = elements(
                        parse(svg.draw(fixture.pictures().neighbourhood("s.new").sketch(), "../")),
                        "a",
                        "gs-deprecated")
                .get(0);
        assertThat(old.getTextContent()).contains("deprecated");
    }

    @Test
    void theSameMeshGivesByteIdenticalPictures() {
        GraphFixture first = hub(30);
        GraphFixture second = hub(30);
        assertThat(svg.draw(second.pictures().neighbourhood("sales.hub").sketch(), "../"))
                .isEqualTo(new GraphSvg()
                        .draw(first.pictures().neighbourhood("sales.hub").sketch(), "../"));
        assertThat(svg.draw(second.pictures().domain("sales").sketch(), "../"))
                .isEqualTo(new GraphSvg().draw(first.pictures().domain("sales").sketch(), "../"));
        assertThat(svg.draw(second.pictures().domainMap().sketch(), ""))
                .isEqualTo(new GraphSvg().draw(first.pictures().domainMap().sketch(), ""));
    }

    @Test
    void onTheDomainMapALineGrowsWithTheDependenciesItStandsFor() throws Exception {
        GraphFixture fixture = new GraphFixture()
                .domain("a", "A")
                .domain("b", "B")
                .domain("c", "C")
                .product("b.one", "b")
                .product("c.one", "c");
        for (int i = 0; i < 8; i++) {
            fixture.product("a.p" + i, "a").reads("a.p" + i, "c.one");
        }
        fixture.reads("a.p0", "b.one");
        Document doc = parse(svg.draw(fixture.pictures().domainMap().sketch(), ""));
        List<Element> edges = elements(doc, "path", "graph-edge");
        double fromB = width(edges, "reads B");
        double fromC = width(edges, "reads C");
        assertThat(fromC).isGreaterThan(fromB);
        assertThat(hrefs(elements(doc, "a", "gk-domain")))
                .containsExactly("domains/a.html", "domains/b.html", "domains/c.html");
    }

    @Test
    void aDomainPictureCollapsesOtherDomainsIntoOneBoxEach() throws Exception {
        Document doc = parse(svg.draw(hub(20).pictures().domain("sales").sketch(), "../"));
        assertThat(hrefs(elements(doc, "a", "gk-domain"))).containsExactly("../domains/finance.html");
        assertThat(hrefs(elements(doc, "a", "gk-product"))).allMatch(h -> h.startsWith("../products/sales."));
    }

    @Test
    void aMeshWithoutProductsStillGetsAWellFormedDomainMap() throws Exception {
        Document doc = parse(svg.draw(new GraphFixture().pictures().domainMap().sketch(), ""));
        assertThat(elements(doc, "a", "graph-node")).isEmpty();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains("no domains");
    }

    @Test
    void aMeshOfHundredsOfDomainsDrawsThoseMostBoundToOthersAndCountsTheRest() throws Exception {
        GraphFixture fixture = new GraphFixture();
        for (int d = 0; d < 400; d++) {
            fixture.domain("d" + d, "Domain " + d).product("d" + d + ".p", "d" + d);
            if (d > 0) {
                fixture.reads("d" + d + ".p", "d" + (d % 7) + ".p");
            }
        }
        String drawn = svg.draw(fixture.pictures().domainMap().sketch(), "");
        Document doc = parse(drawn);

        assertThat(elements(doc, "a", "gk-domain")).hasSize(GraphPictures.MAP_DOMAIN_LIMIT);
        assertThat(hrefs(elements(doc, "a", "gk-domain"))).contains("domains/d0.html", "domains/d6.html");
        assertThat(hrefs(elements(doc, "a", "gk-more"))).containsExactly("index.html#domains-heading");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .contains("400 domains", "the 120 most bound to other domains are drawn");
        assertThat(drawn.getBytes(StandardCharsets.UTF_8).length).isLessThan(300 * 1024);
    }

    @Test
    void aProductReadByFiveHundredStaysSmall() {
        String drawn = svg.draw(hub(500).pictures().neighbourhood("sales.hub").sketch(), "../");
        assertThat(drawn.getBytes(StandardCharsets.UTF_8).length).isLessThan(300 * 1024);
    }

    private static double width(List<Element> edges, String titlePart) {
        Element edge = edges.stream()
                .filter(e -> e.getTextContent().contains(titlePart))
                .findFirst()
                .orElseThrow();
        return edge.hasAttribute("stroke-width") ? Double.parseDouble(edge.getAttribute("stroke-width")) : 1.5;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass) && !isInLegend(element)) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean isInLegend(Element element) {
        for (Node at = element.getParentNode(); at instanceof Element parent; at = parent.getParentNode()) {
            if (parent.getAttribute("class").contains("graph-legend")) {
                return true;
            }
        }
        return false;
    }

    static List<String> hrefs(List<Element> links) {
        return links.stream().map(a -> a.getAttribute("href")).toList();
    }
}
