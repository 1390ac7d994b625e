package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.GraphSvg;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.GraphPictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lineage explorer draws in the browser what the build would draw: for every product of the sample mesh and
 * of a generated one (cross-domain links, cycles, sides past their limit), at one, two and three hops and at any
 * distance, the explorer's script gives the same SVG, element for element and attribute for attribute, as
 * {@link GraphPictures#lineage} drawn by {@link GraphSvg}, which the product pages' pictures come from.
 */
class ExplorerPictureParityBrowserIT {

    private static final int[] DEPTHS = {1, 2, 3, GraphPictures.ANY_DISTANCE};
    private static final int BATCH = 60;

    /**
     * Runs in the explorer page: loads the catalog's lineage script again to hold its data, draws each asked picture
     * with the explorer's script, and answers a description of each one that differs from the build's.
     */
    private static final String COMPARE = """
            var asked = arguments[0];
            var done = arguments[arguments.length - 1];
            function canon(node) {
              if (node.nodeType === 3) {
                var text = node.data.replace(/\\s+/g, ' ');
                return text.trim() === '' ? null : text;
              }
              var attributes = Array.from(node.attributes)
                .filter(function (a) { return a.name !== 'xmlns'; })
                .map(function (a) { return a.name + '=' + a.value.replace(/\\s+/g, ' '); })
                .sort();
              var children = Array.from(node.childNodes).map(canon).filter(function (c) { return c !== null; });
              return [node.localName, attributes, children];
            }
            function compare(data) {
              var pictures = window.meshLineagePicture;
              var graph = pictures.graphOf(data);
              var places = {};
              data.products.forEach(function (p, i) { places[p[0]] = i; });
              return asked.map(function (one) {
                var hops = one.hops < 0 ? pictures.ANY_DISTANCE : one.hops;
                var drawn = pictures.picture(data, graph, places[one.product], hops, 24, '../', one.id);
                var built = new DOMParser().parseFromString(one.svg, 'image/svg+xml').documentElement;
                var mine = JSON.stringify(canon(drawn.svg));
                var theirs = JSON.stringify(canon(built));
                if (mine === theirs) {
                  return drawn.summary === one.summary ? '' : one.product + ' ' + one.id + ': ' + drawn.summary;
                }
                var at = 0;
                while (at < mine.length && mine[at] === theirs[at]) { at++; }
                return one.product + ' ' + one.id + ' differs at ' + at + ': browser '
                  + mine.slice(Math.max(0, at - 80), at + 120) + ' | build ' + theirs.slice(Math.max(0, at - 80), at + 120);
              });
            }
            if (window.parityData) {
              done(compare(window.parityData));
              return;
            }
            window.meshLineage = function (data) {
              window.parityData = data;
              done(compare(data));
            };
            var script = document.createElement('script');
            script.src = '../graph/lineage.js';
            document.head.appendChild(script);
            """;

    private static ChromeDriver browser;

    @BeforeAll
    static void startTheBrowser() {
        browser = HeadlessChromium.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyProductOfTheSampleMeshIsDrawnAsTheBuildDrawsIt() throws IOException {
        assertThat(compareEveryPicture(TestFiles.sampleMesh(), "parity-sample")).isEqualTo(14 * DEPTHS.length);
    }

    @Test
    void everyProductOfAGeneratedMeshIsDrawnAsTheBuildDrawsIt() throws IOException {
        Path mesh = Path.of("target/browser-it/parity-mesh").toAbsolutePath();
        if (!Files.isDirectory(mesh)) {
            SyntheticMesh.write(400, mesh, SyntheticMesh.DEFAULT_SEED);
        }
        assertThat(compareEveryPicture(mesh, "parity-generated")).isEqualTo(400 * DEPTHS.length);
    }

    /** Builds the mesh's site, compares each product's picture at each depth, and answers how many it compared. */
    private static int compareEveryPicture(Path mesh, String name) throws IOException {
        Path site = Path.of("target/browser-it/" + name).toAbsolutePath();
        MeshResult result = MeshBuild.run(BuildSettings.of(mesh).withSite(site, "Parity"), Goal.SITE, BuildLog.SILENT)
                .result();
        Map<String, ProductRef> refs = new LinkedHashMap<>();
        new CatalogViewBuilder(result, "Parity")
                .build()
                .products()
                .forEach(p -> refs.put(p.ref().id(), p.ref()));
        GraphPictures pictures = new GraphPictures(result.mesh(), result.graph(), refs);
        GraphSvg svg = new GraphSvg();

        browser.get(site.resolve("graph/explore.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver ->
                (Boolean) ((JavascriptExecutor) driver).executeScript("return !!window.meshLineagePicture"));
        List<Map<String, Object>> asked = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (ProductRef ref : refs.values()) {
            for (int hops : DEPTHS) {
                String id = hops == GraphPictures.ANY_DISTANCE ? "depth-all" : "depth-" + hops;
                GraphPictures.Chosen chosen = pictures.lineage(ref.id(), hops, 24, ref.href());
                asked.add(Map.of(
                        "product", ref.id(),
                        "hops", hops == GraphPictures.ANY_DISTANCE ? -1 : hops,
                        "id", id,
                        "svg", svg.draw(chosen.sketch(), "../", id),
                        "summary", chosen.summary()));
                if (asked.size() == BATCH) {
                    compared += compare(asked, differences);
                }
            }
        }
        compared += compare(asked, differences);
        assertThat(differences)
                .as("pictures the explorer draws unlike the build")
                .isEmpty();
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
        return compared;
    }

    private static int compare(List<Map<String, Object>> asked, List<String> differences) {
        if (asked.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(COMPARE, asked);
        answers.stream().filter(answer -> !answer.isEmpty()).forEach(differences::add);
        int compared = asked.size();
        asked.clear();
        return compared;
    }
}
