package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.Diagram;
import io.github.meshplugin.graph.layout.Layout;
import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import io.github.meshplugin.graph.layout.NeighbourhoodLayout;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.GraphSvg;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.GraphPictures;
import io.github.meshplugin.site.view.Sketch;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The lineage explorer lays its pictures out in the browser with the theme's lineage-layout.js, a port of
 * {@link NeighbourhoodLayout}, which lays out the picture on each product page at build time. Both must give the
 * same picture, so every lineage of the sample mesh and of a dense synthetic mesh (cross-domain links, "+N more"
 * boxes, edges skipping columns, cycles), at every depth the explorer offers, is laid out by both, and every box
 * and every point of every route must be the same number, to the last bit.
 */
class NeighbourhoodLayoutParityBrowserIT {

    private static final int SIDE_LIMIT = 24;
    private static final int[] HOPS = {1, 2, 3, GraphPictures.ANY_DISTANCE};
    private static final Path PAGE = Path.of("target/browser-it/layout-parity").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriver browser;

    /** One picture: where it comes from, what is laid out, around which box, and what the Java layout made of it. */
    private record Case(String name, Diagram diagram, String focus, Layout layout) {}

    @BeforeAll
    static void startTheBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBrowserLaysOutEveryLineageExactlyAsTheProductPageDoes() throws IOException {
        List<Case> cases = new ArrayList<>();
        add("sample", samplePictures(), cases);
        add("synthetic", syntheticPictures(), cases);
        open(cases);

        String results = (String) script("return window.parityResults();");
        JsonNode laidOut = JSON.readTree(results);

        assertThat(laidOut).hasSize(cases.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            compare(cases.get(i), laidOut.get(i), differences);
        }
        assertThat(differences)
                .as("numbers the browser's layout gives differently from NeighbourhoodLayout")
                .isEmpty();
        assertThat(cases).as("diagrams compared").hasSizeGreaterThan(1000);
        assertThat(cases.stream().filter(c -> c.name().startsWith("sample"))).hasSizeGreaterThan(40);
        assertThat(cases.stream().filter(NeighbourhoodLayoutParityBrowserIT::hasABackwardEdge))
                .as("pictures with an edge that does not point right, as a cycle makes")
                .isNotEmpty();
        assertThat(cases.stream().filter(c -> c.layout().nodes().stream().anyMatch(b -> b.id().startsWith("m:"))))
                .as("pictures with a \"+N more\" box")
                .isNotEmpty();
        assertThat(cases.stream()
                        .filter(c -> c.layout().routes().stream()
                                .anyMatch(r -> r.points().size() > 4)))
                .as(
                        "pictures with an edge passing a column (a route between neighbouring columns has at most 4 points)")
                .isNotEmpty();
        System.out.printf("lineage layouts compared in the browser: %,d diagrams%n", cases.size());
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void anUnknownFocusIsAnErrorInBothLayouts() throws IOException {
        List<Case> cases = new ArrayList<>();
        Sketch sketch = samplePictures()
                .pictures()
                .lineage("sales.orders", 2, SIDE_LIMIT, "")
                .sketch();
        Diagram diagram = new GraphSvg().diagram(sketch);
        cases.add(new Case(
                "sales.orders", diagram, sketch.focus(), new NeighbourhoodLayout().layout(diagram, sketch.focus())));
        open(cases);

        assertThatThrownBy(() -> new NeighbourhoodLayout().layout(diagram, "no.such-product"))
                .isInstanceOf(IllegalArgumentException.class);
        Object thrown = script("try {"
                + " window.meshNeighbourhoodLayout(window.parityCases[0].diagram, 'no.such-product');"
                + " return 'nothing thrown';"
                + "} catch (e) { return e instanceof Error ? e.message : 'not an Error: ' + e; }");
        assertThat(thrown).isEqualTo("the focus no.such-product is not a node of the diagram");
    }

    private static boolean hasABackwardEdge(Case c) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        c.layout().nodes().forEach(b -> boxes.put(b.id(), b));
        return c.layout().routes().stream()
                .anyMatch(r -> boxes.get(r.to()).x() <= boxes.get(r.from()).x());
    }

    /** The explorer's depths of every product's lineage, as the product page lays them out. */
    private static void add(String source, Pictures pictures, List<Case> cases) {
        GraphSvg svg = new GraphSvg();
        NeighbourhoodLayout layout = new NeighbourhoodLayout();
        for (String id : pictures.ids()) {
            for (int hops : HOPS) {
                Sketch sketch = pictures.pictures()
                        .lineage(id, hops, SIDE_LIMIT, "../products/" + id + ".html")
                        .sketch();
                Diagram diagram = svg.diagram(sketch);
                String name =
                        source + " " + id + " at " + (hops == GraphPictures.ANY_DISTANCE ? "any" : hops) + " hops";
                cases.add(new Case(name, diagram, sketch.focus(), layout.layout(diagram, sketch.focus())));
            }
        }
    }

    /** A mesh's pictures and the products they can be about. */
    private record Pictures(GraphPictures pictures, List<String> ids) {}

    private static Pictures samplePictures() {
        MeshResult result =
                MeshBuild.run(BuildSettings.of(TestFiles.sampleMesh())).result();
        Map<String, ProductRef> refs = new LinkedHashMap<>();
        new CatalogViewBuilder(result, "Northwind Outfitters")
                .build()
                .products()
                .forEach(p -> refs.put(p.ref().id(), p.ref()));
        return new Pictures(new GraphPictures(result.mesh(), result.graph(), refs), List.copyOf(refs.keySet()));
    }

    /**
     * 320 products in 8 domains of names short and long, each reading one to four others of any domain; early
     * products are read by many (more than a side shows), and a few read later ones, which closes cycles.
     */
    private static Pictures syntheticPictures() {
        String[] domains = {"sales", "hr", "customer-experience", "logistics", "finance", "risk", "marketing", "web"};
        Random random = new Random(20261130L);
        GraphFixture fixture = new GraphFixture();
        for (String domain : domains) {
            fixture.domain(domain, domain.substring(0, 1).toUpperCase() + domain.substring(1) + " Domain");
        }
        int count = 320;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String domain = domains[random.nextInt(domains.length)];
            String id = domain + ".p" + i;
            String name = "Product " + i + " " + "daily figures of the week".substring(0, random.nextInt(26));
            fixture.product(id, name.strip(), domain, i % 17 == 0 ? Status.DEPRECATED : Status.ACTIVE);
            ids.add(id);
        }
        for (int i = 1; i < count; i++) {
            Set<Integer> producers = new LinkedHashSet<>();
            int reads = 1 + random.nextInt(4);
            for (int r = 0; r < reads; r++) {
                int producer = random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(i);
                if (random.nextInt(30) == 0) {
                    producer = i + 1 + random.nextInt(count - i);
                }
                if (producer != i && producer < count) {
                    producers.add(producer);
                }
            }
            for (int producer : producers) {
                fixture.reads(ids.get(i), ids.get(producer));
            }
        }
        return new Pictures(fixture.pictures(), ids);
    }

    /** Writes the page, the port and the diagrams under target/ and opens the page from disk. */
    private static void open(List<Case> cases) throws IOException {
        Files.createDirectories(PAGE);
        try (InputStream port =
                NeighbourhoodLayoutParityBrowserIT.class.getResourceAsStream("/mesh/theme/assets/lineage-layout.js")) {
            assertThat(port)
                    .as("the theme's lineage-layout.js on the class path")
                    .isNotNull();
            Files.write(PAGE.resolve("lineage-layout.js"), port.readAllBytes());
        }
        ArrayNode all = JSON.createArrayNode();
        for (Case c : cases) {
            all.addObject().put("focus", c.focus()).set("diagram", json(c.diagram()));
        }
        Files.writeString(
                PAGE.resolve("diagrams.js"),
                "window.parityCases = " + JSON.writeValueAsString(all) + ";\n",
                StandardCharsets.UTF_8);
        Files.writeString(PAGE.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Lineage layout parity</title>
                <script src="lineage-layout.js"></script>
                <script src="diagrams.js"></script>
                <script>
                // Every number as text, read back by Java exactly: JavaScript prints the shortest text that reads
                // back to the same double, and a JSON number would lose the sign of a zero.
                window.parityResults = function () {
                  var laidOut = window.parityCases.map(function (c) {
                    return window.meshNeighbourhoodLayout(c.diagram, c.focus);
                  });
                  return JSON.stringify(laidOut, function (key, value) {
                    return typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : value;
                  });
                };
                </script>
                </head><body><p>Lineage layout parity</p></body></html>
                """, StandardCharsets.UTF_8);
        browser.get(PAGE.resolve("index.html").toUri().toString());
    }

    /** A diagram as the explorer will hand it to the script, each size written as its double's exact decimal. */
    private static ObjectNode json(Diagram diagram) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode clusters = node.putArray("clusters");
        for (Diagram.Cluster cluster : diagram.clusters()) {
            clusters.addObject()
                    .put("id", cluster.id())
                    .put("headerHeight", exact(cluster.headerHeight()))
                    .put("minWidth", exact(cluster.minWidth()));
        }
        ArrayNode nodes = node.putArray("nodes");
        for (Diagram.Node box : diagram.nodes()) {
            nodes.addObject()
                    .put("id", box.id())
                    .put("clusterId", box.clusterId())
                    .put("width", exact(box.width()))
                    .put("height", exact(box.height()));
        }
        ArrayNode edges = node.putArray("edges");
        for (Diagram.Edge edge : diagram.edges()) {
            edges.addObject().put("from", edge.from()).put("to", edge.to()).put("thickness", exact(edge.thickness()));
        }
        return node;
    }

    /** The double's value in full: a browser reads it back as the very same double, whatever Java prints. */
    private static BigDecimal exact(double value) {
        return new BigDecimal(value);
    }

    private static void compare(Case expected, JsonNode actual, List<String> differences) {
        Layout layout = expected.layout();
        String name = expected.name();
        number(name + " width", layout.width(), actual.get("width"), differences);
        number(name + " height", layout.height(), actual.get("height"), differences);
        boxes(name + " clusters", layout.clusters(), actual.get("clusters"), differences);
        boxes(name + " nodes", layout.nodes(), actual.get("nodes"), differences);
        List<String> routeEnds = new ArrayList<>();
        layout.routes().forEach(r -> routeEnds.add(r.from() + " -> " + r.to()));
        List<String> actualEnds = new ArrayList<>();
        actual.get("routes")
                .forEach(r -> actualEnds.add(
                        r.get("from").asText() + " -> " + r.get("to").asText()));
        if (!routeEnds.equals(actualEnds)) {
            differences.add(name + " routes: " + actualEnds + " instead of " + routeEnds);
            return;
        }
        for (int r = 0; r < layout.routes().size(); r++) {
            Route route = layout.routes().get(r);
            JsonNode points = actual.get("routes").get(r).get("points");
            String at = name + " route " + route.from() + " -> " + route.to();
            if (points.size() != route.points().size()) {
                differences.add(at + ": " + points.size() + " points instead of "
                        + route.points().size());
                continue;
            }
            for (int p = 0; p < points.size(); p++) {
                Point point = route.points().get(p);
                number(at + " point " + p + " x", point.x(), points.get(p).get(0), differences);
                number(at + " point " + p + " y", point.y(), points.get(p).get(1), differences);
            }
        }
    }

    private static void boxes(String name, List<Box> expected, JsonNode actual, List<String> differences) {
        List<String> ids = expected.stream().map(Box::id).toList();
        List<String> actualIds = new ArrayList<>();
        actual.forEach(b -> actualIds.add(b.get("id").asText()));
        if (!ids.equals(actualIds)) {
            differences.add(name + ": " + actualIds + " instead of " + ids);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            Box box = expected.get(i);
            JsonNode other = actual.get(i);
            number(name + " " + box.id() + " x", box.x(), other.get("x"), differences);
            number(name + " " + box.id() + " y", box.y(), other.get("y"), differences);
            number(name + " " + box.id() + " width", box.width(), other.get("width"), differences);
            number(name + " " + box.id() + " height", box.height(), other.get("height"), differences);
        }
    }

    /** Equal to the last bit: the same double, as Double.compare sees it. */
    private static void number(String what, double expected, JsonNode actual, List<String> differences) {
        double value = actual == null || !actual.isTextual() ? Double.NaN : Double.parseDouble(actual.asText());
        if (actual == null || !actual.isTextual() || Double.compare(value, expected) != 0) {
            differences.add(what + ": " + actual + " instead of " + expected);
        }
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
