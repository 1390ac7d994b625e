package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lineage explorer of the sample mesh in a real browser, opened from disk: the depth control draws more of
 * the lineage, the zoom buttons move the picture, choosing a second product lists and highlights the path between
 * the two, the graph page and the product page lead to any product's explorer, and without JavaScript the page
 * says where the lineage is drawn instead.
 * Screenshots at desktop and phone width land in target/screenshots.
 */
class GraphExplorerBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String EXPLORER = "graph/explore.html?product=sales.orders";
    /** A product whose lineage reaches three hops (downstream), so its explorer has three depths. */
    private static final String DEEP = "graph/explore.html?product=sales.returns";

    private static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderTheSampleSiteAndStartTheBrowser() throws IOException {
        site = Path.of("target/browser-it/explorer-sample").toAbsolutePath();
        MeshBuild.run(
                BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                Goal.SITE,
                BuildLog.SILENT);
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeeperDepthDrawsMoreOfTheLineage() {
        open(DEEP);

        List<WebElement> depths = depthRadios();
        assertThat(depths).hasSize(3);
        assertThat(texts("fieldset.explore-depths label")).containsExactly("1 hop", "2 hops", "3 hops (all)");
        assertThat(depths.get(2).isSelected())
                .as("the first depth past the product page's two hops")
                .isTrue();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lineage of Returns");
        assertThat(browser.getTitle()).startsWith("Lineage of Returns");
        choose(depths.get(0));
        int near = shownProducts();
        assertThat(visibleSections()).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("section.explore-depth h2"))
                        .getText())
                .isEqualTo("Lineage within one hop");
        choose(depths.get(depths.size() - 1));
        int far = shownProducts();

        assertThat(far).as("products drawn at the farthest depth").isGreaterThan(near);
        assertThat(visibleSections()).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("section.explore-depth figcaption"))
                        .getText())
                .endsWith("within three hops.");

        open(DEEP + "#depth-1");
        assertThat(depthRadios().get(0).isSelected())
                .as("a depth asked for in the address")
                .isTrue();
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theZoomButtonsScaleThePictureAndResetPutsItBack() {
        open(EXPLORER);
        depthRadios();

        WebElement zoomIn = browser.findElement(By.cssSelector(".explore-zoom button[data-zoom=in]"));
        assertThat(zoomIn.isDisplayed()).isTrue();
        assertThat(zoomIn.getAttribute("aria-label")).isEqualTo("Zoom in");
        zoomIn.click();
        assertThat(transform()).contains("scale(1.25)");
        browser.findElement(By.cssSelector(".explore-zoom button[data-zoom=out]"))
                .click();
        browser.findElement(By.cssSelector(".explore-zoom button[data-zoom=out]"))
                .click();
        assertThat(transform()).contains("scale(0.8)");
        browser.findElement(By.cssSelector(".explore-zoom button[data-zoom=reset]"))
                .click();
        assertThat(transform()).contains("scale(1)");

        open("graph.html");
        browser.findElement(By.cssSelector(".explore-zoom button[data-zoom=in]"))
                .click();
        assertThat(transform()).as("the domain map zooms too").contains("scale(1.25)");
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void choosingASecondProductListsAndHighlightsThePathBetweenThem() throws IOException {
        for (int width : new int[] {1400, 390}) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
            open(EXPLORER);
            Select other = productChooser();
            screenshot("explorer-" + width + ".png");

            other.selectByVisibleText("Customer Segments (Marketing)");
            assertThat(depthRadios().get(1).isSelected())
                    .as("the path is two hops long: the smallest depth that draws all of it")
                    .isTrue();

            List<String> hops = texts(".explore-paths ol.explore-hops li");
            assertThat(hops)
                    .containsExactly(
                            "Customer Lifetime Value reads Orders through sales.orders.order-lines",
                            "Customer Segments reads Customer Lifetime Value through"
                                    + " customer.lifetime-value.clv-scores");
            assertThat(browser.findElement(By.cssSelector(".explore-status")).getText())
                    .contains("highlighted");
            assertThat(texts("section.explore-depth:not([hidden]) svg a.path-on text.graph-label"))
                    .containsExactlyInAnyOrder("Orders", "Customer Lifetime Value", "Customer Segments");
            assertThat(browser.findElements(By.cssSelector("section.explore-depth:not([hidden]) svg path.path-on")))
                    .hasSize(2);
            screenshot("explorer-path-" + width + ".png");
        }
        browser.manage().window().setSize(new Dimension(1280, 1800));

        // Upstream works the same way round: the path flows from the second product to this one.
        open("graph/explore.html?product=marketing.customer-segments");
        productChooser().selectByVisibleText("Orders (Sales)");
        assertThat(texts(".explore-paths ol.explore-hops li")).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".explore-paths p")).getText())
                .isEqualTo("Data flows from Orders to Customer Segments in 2 hops:");
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theGraphPageAndTheProductPageLeadToTheExplorer() {
        open("products/sales.orders.html");
        WebElement explore = browser.findElement(By.linkText("Explore beyond two hops"));
        // The theme scrolls smoothly; a click needs its target in view at once.
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", explore);
        explore.click();
        assertThat(browser.getCurrentUrl()).endsWith("/" + EXPLORER);
        depthRadios();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lineage of Orders");
        assertThat(texts(".breadcrumbs li")).containsExactly("Overview", "Domain map", "Orders", "Lineage explorer");

        open("graph.html");
        assertThat(browser.findElements(By.cssSelector("ul.explore-links a"))).isNotEmpty();
        productChooser().selectByVisibleText("Orders (Sales)");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> driver.getCurrentUrl().endsWith("/" + EXPLORER));
        depthRadios();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lineage of Orders");
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void anExplorerWithoutAKnownProductOffersEveryProductToExplore() {
        open("graph/explore.html");
        Select chooser = new Select(browser.findElement(By.id("explore-product")));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> chooser.getOptions().size() > 1);
        assertThat(chooser.getOptions()).hasSize(1 + 14);
        assertThat(browser.findElement(By.cssSelector(".explore-missing")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("section.explore-depth")).isDisplayed())
                .isFalse();

        open("graph/explore.html?product=no.such-product");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver ->
                        driver.findElement(By.cssSelector(".explore-missing")).isDisplayed());
        chooserOfProducts().selectByVisibleText("Returns (Sales)");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> driver.getCurrentUrl().endsWith("/" + DEEP));
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void withoutJavaScriptThePageSaysWhereTheLineageIsDrawn() {
        ChromeDriver plain = HeadlessChromium.startWithoutScript();
        try {
            plain.get(site.resolve("graph/explore.html").toUri() + "?product=sales.returns");
            assertThat(plain.findElement(By.cssSelector(".explore-nojs")).isDisplayed())
                    .isTrue();
            assertThat(plain.findElement(By.cssSelector(".explore-nojs")).getText())
                    .contains("each product's page draws its lineage two hops each way");
            assertThat(plain
                            .findElements(
                                    By.cssSelector("fieldset.explore-depths, .explore-zoom, section.explore-depth"))
                            .stream()
                            .filter(WebElement::isDisplayed))
                    .as("no control that needs script is shown")
                    .isEmpty();
        } finally {
            plain.quit();
        }
    }

    /** On the explorer, the second product of a path; on the graph page, the product to explore. */
    private static Select productChooser() {
        return chooser(
                browser.findElement(By.cssSelector("select.explore-path-to, .explorer:not(.explore-page) select")));
    }

    private static Select chooserOfProducts() {
        return chooser(browser.findElement(By.id("explore-product")));
    }

    private static Select chooser(WebElement select) {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> select.findElements(By.tagName("option")).size() > 1 && select.isDisplayed());
        return new Select(select);
    }

    private static void choose(WebElement radio) {
        radio.click();
    }

    private static List<WebElement> depthRadios() {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> !driver.findElements(By.cssSelector("section.explore-depth svg"))
                        .isEmpty());
        return browser.findElements(By.cssSelector("fieldset.explore-depths input[name=depth]"));
    }

    private static int shownProducts() {
        return browser.findElements(By.cssSelector("section.explore-depth:not([hidden]) svg a.gk-product"))
                .size();
    }

    private static List<WebElement> visibleSections() {
        return browser.findElements(By.cssSelector("section.explore-depth")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static String transform() {
        return (String) js("var svgs = Array.from(document.querySelectorAll('.explorer svg.graph-svg'))"
                + ".filter(function (s) { return !s.closest('[hidden]'); });"
                + " return svgs[0].querySelector('g.graph-zoom').getAttribute('transform');");
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** {@code page}: a path in the site, with the query and fragment the address takes. */
    private static void open(String page) {
        String[] parts = page.split("(?=[?#])", 2);
        browser.get(site.resolve(parts[0]).toUri() + (parts.length > 1 ? parts[1] : ""));
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
