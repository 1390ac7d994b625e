package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.GraphPictures;
import io.github.meshplugin.site.view.Hrefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The graph pictures in a real browser, on the sample mesh and on a synthetic mesh of 2,000 products in 40
 * domains: labels fit their boxes as the browser measures them, boxes link to their pages, dark mode recolours
 * them, and nothing is logged to the console. Screenshots of each picture land in target/screenshots.
 */
class GraphPicturesBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Path sampleSite;
    private static MeshResult sample;
    private static Path largeSite;
    private static String busyProductHref;
    private static int busyProductConsumers;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderSitesAndStartTheBrowser() throws IOException {
        sampleSite = Path.of("target/browser-it/graph-sample").toAbsolutePath();
        sample = MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(sampleSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        Path largeMesh = Path.of("target/browser-it/graph-mesh-2000").toAbsolutePath();
        if (!Files.exists(largeMesh.resolve("domains"))) {
            SyntheticMesh.write(2000, largeMesh, SyntheticMesh.DEFAULT_SEED);
        }
        largeSite = Path.of("target/browser-it/graph-large").toAbsolutePath();
        MeshResult large = MeshBuild.run(
                        BuildSettings.of(largeMesh).withSite(largeSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        MeshGraph graph = large.graph();
        String busiest = graph.products().stream()
                .max(Comparator.comparingInt((String id) -> consumers(graph, id))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        busyProductConsumers = consumers(graph, busiest);
        busyProductHref = Hrefs.product(busiest);
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
    }

    private static int consumers(MeshGraph graph, String id) {
        return (int)
                graph.consumersOf(id).stream().map(e -> e.consumer()).distinct().count();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDomainMapOfFortyDomainsHasReadableLabels() throws IOException {
        open(largeSite, "graph.html");

        assertThat(browser.findElements(By.cssSelector("figure.graph a.gk-domain")))
                .hasSize(40);
        assertReadable();
        screenshot("graph-domain-map-2000.png");
    }

    @Test
    void aBusyProductShowsTwelveConsumersAndLinksToTheRest() throws IOException {
        assertThat(busyProductConsumers)
                .as("the synthetic mesh has a product with 50+ consumers")
                .isGreaterThanOrEqualTo(50);
        open(largeSite, busyProductHref);

        List<WebElement> more = browser.findElements(By.cssSelector("figure.graph a.gk-more"));
        assertThat(more).hasSize(1);
        assertThat(more.get(0).getText()).contains("more");
        assertThat(browser.findElements(By.cssSelector("figure.graph a.gk-product")))
                .hasSizeLessThanOrEqualTo(2 * GraphPictures.SIDE_LIMIT);
        assertReadable();
        // The theme scrolls smoothly; a click needs its target in view at once.
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", more.get(0));
        more.get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("#downstream");

        open(largeSite, busyProductHref);
        screenshot("graph-busy-product-2000.png");
    }

    @Test
    void aDomainOfFiftyProductsHasReadableLabels() throws IOException {
        open(largeSite, "domains/sales.html");
        assertReadable();
        screenshot("graph-domain-2000.png");
    }

    @Test
    void theSampleMeshPicturesAreReadableAndClickable() throws IOException {
        open(sampleSite, "graph.html");
        assertReadable();
        screenshot("graph-domain-map-sample.png");

        open(sampleSite, "domains/sales.html");
        assertReadable();
        screenshot("graph-domain-sample.png");

        open(sampleSite, "products/sales.orders.html");
        assertReadable();
        screenshot("graph-product-sample.png");
        WebElement consumer = browser.findElements(By.cssSelector("figure.graph a.gk-product")).stream()
                .filter(a -> a.getText().contains("Basket Analysis"))
                .findFirst()
                .orElseThrow();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", consumer);
        assertThat(browser.getCurrentUrl()).endsWith("/products/marketing.basket-analysis.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Basket Analysis");
    }

    @Test
    void theDomainMapWritesEachLinesCountAndItsDomainsLeadToTheirPages() throws IOException {
        open(sampleSite, "graph.html");

        List<String> shown = browser.findElements(By.cssSelector("figure.graph text.graph-edge-count")).stream()
                .map(WebElement::getText)
                .sorted()
                .toList();
        List<String> expected = sample.graph().domainLinks().stream()
                .map(l -> String.valueOf(l.edges()))
                .sorted()
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(shown).isEqualTo(expected);
        for (int width : new int[] {1400, 390}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            Files.write(
                    SCREENSHOTS.resolve("graph-domain-map-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));

        WebElement marketing = browser.findElements(By.cssSelector("figure.graph a.gk-domain")).stream()
                .filter(a -> a.getText().contains("Marketing"))
                .findFirst()
                .orElseThrow();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marketing);
        assertThat(browser.getCurrentUrl()).endsWith("/domains/marketing.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Marketing");
    }

    @Test
    void darkModeRecoloursThePictures() throws IOException {
        open(sampleSite, "products/sales.orders.html");
        String lightFill = (String)
                js("return getComputedStyle(document.querySelector(" + "'figure.graph a.gk-focus rect')).fill");

        browser.findElement(By.cssSelector(".theme-toggle")).click();

        String darkFill = (String)
                js("return getComputedStyle(document.querySelector(" + "'figure.graph a.gk-focus rect')).fill");
        assertThat(darkFill).isNotEqualTo(lightFill);
        assertReadable();
        screenshot("graph-product-sample-dark.png");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
    }

    /**
     * Every label is at least 10px and fits inside its box as this browser measures the text, and no console
     * errors were logged (the Content-Security-Policy would log any inline script or style).
     */
    @SuppressWarnings("unchecked")
    private static void assertReadable() {
        List<Map<String, Object>> labels = (List<Map<String, Object>>)
                js("return Array.from(document.querySelectorAll('figure.graph svg a')).flatMap(function (a) {"
                        + "  var box = a.querySelector('rect').getBBox();"
                        + "  return Array.from(a.querySelectorAll('text')).map(function (t) {"
                        + "    var b = t.getBBox();"
                        + "    return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize),"
                        + "      overflow: Math.max(box.x - b.x, (b.x + b.width) - (box.x + box.width))};"
                        + "  });"
                        + "});");
        assertThat(labels).isNotEmpty();
        for (Map<String, Object> label : labels) {
            assertThat(((Number) label.get("size")).doubleValue())
                    .as(label.toString())
                    .isGreaterThanOrEqualTo(10);
            assertThat(((Number) label.get("overflow")).doubleValue())
                    .as(label + " fits its box")
                    .isLessThanOrEqualTo(0);
        }
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    /** The whole figure, even where it is taller than the window, clipped in page coordinates. */
    @SuppressWarnings("unchecked")
    private static void screenshot(String name) throws IOException {
        Map<String, Object> box = (Map<String, Object>) js("var r = document.querySelector('figure.graph')"
                + ".getBoundingClientRect(); return {x: r.left + window.scrollX, y: r.top + window.scrollY,"
                + " width: r.width, height: r.height, scale: 1};");
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "clip", box, "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void open(Path site, String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
