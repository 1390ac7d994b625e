package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample catalog where people will open it: from disk ({@code file://}) and from a static web server that
 * serves it under a sub-path, as a CI artefact or a project page would. Every page loads only its own files;
 * the dark theme follows the system or the reader's choice, which lasts from page to page; printing leaves out
 * the navigation and the search; at a phone's width the page never scrolls sideways, only wide tables do.
 * Screenshots (light, dark, phone, print) land in target/screenshots.
 */
class WorksEverywhereBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String SUB_PATH = "/some/sub/path/";
    private static Path site;
    private static HttpServer server;
    private static String served;
    private static final Set<String> requestsOutsideTheSubPath = ConcurrentHashMap.newKeySet();
    private static ChromeDriver browser;

    @BeforeAll
    static void renderServeAndStartTheBrowser() throws IOException {
        site = Path.of("target/browser-it/everywhere").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        Files.createDirectories(SCREENSHOTS);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", WorksEverywhereBrowserIT::serveStatically);
        server.start();
        served = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowserAndTheServer() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @AfterEach
    void backToAPlainDesktop() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void fromDiskEveryPageTypeLoadsOnlyFilesOfTheSite() {
        for (PageTypes.PageType page : PageTypes.of(site)) {
            browser.get(page.url(site));

            assertStyledAndScripted(page.path());
            assertThat(loadedResources())
                    .as(page.path())
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(site.toUri().toString()));
            assertThat(HeadlessChromium.consoleErrors(browser)).as(page.path()).isEmpty();
        }
    }

    @Test
    void underASubPathOfAStaticServerEveryPageTypeLoadsOnlyFilesOfTheSite() {
        for (PageTypes.PageType page : PageTypes.of(site)) {
            browser.get(served + page.path() + page.query());

            assertStyledAndScripted(page.path());
            assertThat(loadedResources())
                    .as(page.path())
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(served));
            assertThat(HeadlessChromium.consoleErrors(browser)).as(page.path()).isEmpty();
        }
        assertThat(requestsOutsideTheSubPath).isEmpty();
    }

    @Test
    void underASubPathAReaderSearchesAFieldAndFollowsOwnershipFromAProductToItsTeam() {
        browser.get(served + "index.html");
        new Actions(browser).sendKeys("/").perform();
        WebElement box = browser.switchTo().activeElement();
        box.sendKeys("customer_email");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> !b.findElements(By.cssSelector("#site-search-results [role=option]"))
                        .isEmpty());
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.getCurrentUrl().contains("#property-"));
        assertThat(browser.getCurrentUrl()).startsWith(served + "contracts/");

        WebElement publisher = browser.findElement(By.cssSelector(".contract-facts .product-link > a"));
        String product = publisher.getText();
        click(publisher);
        assertThat(browser.getCurrentUrl()).startsWith(served + "products/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(product);
        WebElement owner = browser.findElement(By.xpath("//dt[.='Owner']/following-sibling::dd[1]/a"));
        String team = owner.getText();
        click(owner);

        assertThat(browser.getCurrentUrl()).startsWith(served + "teams/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(team);
        assertThat(browser.findElements(By.cssSelector("main table.products tbody th a")))
                .extracting(WebElement::getText)
                .as("the team's products")
                .contains(product);
        assertThat(requestsOutsideTheSubPath).isEmpty();
    }

    @Test
    void theDarkThemeFollowsTheSystemUntilTheReaderChoosesAndTheChoiceLastsAcrossPages() throws IOException {
        browser.get(served + "index.html");
        js("localStorage.clear()");
        browser.navigate().refresh();
        double light = backgroundBrightness();
        cdp(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertThat(backgroundBrightness())
                .as("the system's dark setting")
                .isLessThan(60)
                .isLessThan(light);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("true");

        toggle().click();
        assertThat(backgroundBrightness())
                .as("the reader chose light on a dark system")
                .isGreaterThan(200);
        browser.get(served + "products/marketing.basket-analysis.html");
        assertThat(backgroundBrightness())
                .as("the choice lasts on the next page")
                .isGreaterThan(200);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("false");

        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        toggle().click();
        browser.get(served + "quality.html");
        assertThat(backgroundBrightness())
                .as("dark chosen on a light system lasts too")
                .isLessThan(60);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("true");
        for (PageTypes.PageType page : PageTypes.of(site)) {
            browser.get(served + page.path() + page.query());
            assertThat(backgroundBrightness()).as(page.path()).isLessThan(60);
            screenshot(page.type() + "-dark");
        }
        toggle().click();
        assertThat(js("return localStorage.getItem('mesh-catalog-theme')")).isEqualTo("light");
        screenshot("index-light");
    }

    @Test
    void printingLeavesOutTheNavigationTheSearchAndTheToggleAndFitsThePaper() throws IOException {
        // The printable width of an A4 page at 96 dots per inch.
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 718, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        for (PageTypes.PageType type : PageTypes.of(site)) {
            String page = type.path();
            browser.get(site.resolve(page).toUri().toString());
            cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                    .as("printed width of %s", page)
                    .isLessThanOrEqualTo(718);

            for (String hidden : List.of(".site-nav", ".site-search", ".theme-toggle", ".skip-link")) {
                assertThat(js(
                                "var e = document.querySelector(arguments[0]);"
                                        + " return e === null ? 'none' : getComputedStyle(e).display",
                                hidden))
                        .as(hidden + " on " + page)
                        .isEqualTo("none");
            }
            assertThat(js("return Array.from(document.querySelectorAll('.table-wrap'))"
                            + ".filter(function (e) { return getComputedStyle(e).overflow !== 'visible'; }).length"))
                    .as("tables print whole on " + page)
                    .isEqualTo(0L);
            assertThat(backgroundBrightness()).isGreaterThan(250);
            screenshot(type.type() + "-print");
            cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void atAPhonesWidthNoPageScrollsSidewaysAndWideTablesScrollInTheirOwnBox() throws IOException {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        for (PageTypes.PageType page : PageTypes.of(site)) {
            browser.get(page.url(site));

            assertThat(((Number) js("return document.documentElement.clientWidth")).intValue())
                    .isEqualTo(360);
            assertThat(js("var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                            + " if (e.getBoundingClientRect().right > 360.5 && !e.parentElement.closest('.table-wrap, .graph-scroll, pre, .markdown table, .site-nav')) {"
                            + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); } });"
                            + " return out.join(', ');"))
                    .as("what sticks out of the screen on %s", page.path())
                    .isEqualTo("");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                    .as("page width of %s", page.path())
                    .isLessThanOrEqualTo(360);
            screenshot(page.type() + "-phone");
        }
        browser.get(
                site.resolve("contracts/sales.orders.order-lines.html").toUri().toString());
        WebElement wrap = browser.findElement(By.cssSelector(".table-wrap:has(> table.properties)"));
        assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth", wrap)).intValue())
                .as("the properties table is wider than a phone")
                .isPositive();
        assertThat(js("return getComputedStyle(arguments[0]).overflowX", wrap)).isEqualTo("auto");
        js("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", wrap);
        screenshot("contract-phone-table");
    }

    @Test
    void atAPhonesWidthTheHeaderTakesOneLineAndItsNavigationScrollsSideways() throws IOException {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        for (String page :
                List.of("index.html", "products/sales.orders.html", "contracts/sales.orders.order-lines.html")) {
            browser.get(site.resolve(page).toUri().toString());

            assertThat(((Number) js("return document.querySelector('.site-header').getBoundingClientRect().height"))
                            .doubleValue())
                    .as("header height on %s", page)
                    .isLessThanOrEqualTo(64);
            assertThat(js("var header = document.querySelector('.site-header').getBoundingClientRect();"
                            + " return ['.brand', '.site-nav', '.site-search', '.theme-toggle'].every(function (s) {"
                            + " var r = document.querySelector(s).getBoundingClientRect();"
                            + " return r.height > 0 && r.top >= header.top && r.bottom <= header.bottom; })"))
                    .as("brand, navigation, search and theme toggle all shown in the header of %s", page)
                    .isEqualTo(true);
        }
        WebElement rules = browser.findElement(By.cssSelector(".site-nav a[href$='rules.html']"));
        click(rules);
        assertThat(browser.getCurrentUrl()).endsWith("rules.html");
        assertThat(js("var nav = document.querySelector('.site-nav').getBoundingClientRect();"
                        + " var link = document.querySelector('.site-nav a[aria-current=\"page\"]')"
                        + ".getBoundingClientRect();"
                        + " return link.left >= nav.left - 0.5 && link.right <= nav.right + 0.5;"))
                .as("the current page's link is scrolled into the navigation's view")
                .isEqualTo(true);
        browser.get(site.resolve("index.html").toUri().toString());
        screenshot("header-phone");
    }

    @Test
    void eachCouplingCountSitsUnderItsOwnDomain() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(site.resolve("index.html").toUri().toString());

        @SuppressWarnings("unchecked")
        List<Object> offsets = (List<Object>) js("var heads = document.querySelectorAll('table.coupling thead th');"
                + " var out = [];"
                + " document.querySelectorAll('table.coupling tbody tr').forEach(function (row) {"
                + " row.querySelectorAll('td').forEach(function (cell, i) {"
                + " var h = heads[i].getBoundingClientRect(); var c = cell.getBoundingClientRect();"
                + " var range = document.createRange(); range.selectNodeContents(cell);"
                + " var t = range.getBoundingClientRect();"
                + " out.push(t.left >= h.left && t.right <= h.right"
                + " && Math.abs((h.left + h.right) / 2 - (t.left + t.right) / 2) < 2"
                + " && Math.abs(h.left - c.left) < 1 ? 'ok' : heads[i].textContent + ' ' + cell.textContent); }); });"
                + " return out;");
        assertThat(offsets).isNotEmpty().containsOnly("ok");
    }

    // ---- helpers

    private static void assertStyledAndScripted(String page) {
        assertThat((String) js("return getComputedStyle(document.body).fontFamily"))
                .as(page)
                .contains("system-ui");
        assertThat(js("return document.documentElement.classList.contains('js')"))
                .as(page)
                .isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".site-search")).isDisplayed())
                .as(page)
                .isTrue();
    }

    /**
     * Every file the page has loaded or refers to for loading (style sheets, scripts, icons, images, index files),
     * as absolute URLs: what the browser timed, and, since it times nothing from {@code file://}, what the
     * document names.
     */
    @SuppressWarnings("unchecked")
    private static List<String> loadedResources() {
        return ((List<Object>) js("var urls = performance.getEntriesByType('resource').map(function (e) {"
                        + " return e.name; });"
                        + " document.querySelectorAll('[src], link[href]').forEach(function (e) {"
                        + " urls.push(e.src || e.href); });"
                        + " return urls;"))
                .stream().map(String::valueOf).toList();
    }

    /** Clicks a link in the middle of the screen, clear of the sticky table headers. */
    private static void click(WebElement link) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();
    }

    private static WebElement toggle() {
        return browser.findElement(By.cssSelector(".theme-toggle"));
    }

    private static double backgroundBrightness() {
        String rgb = (String) js("return getComputedStyle(document.body).backgroundColor");
        return Arrays.stream(rgb.replaceAll("[^0-9,]", "").split(","))
                .limit(3)
                .mapToInt(Integer::parseInt)
                .average()
                .orElseThrow();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        browser.executeCdpCommand(command, parameters);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** A plain static file server that knows the site only under {@link #SUB_PATH}, as a static host would. */
    private static void serveStatically(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = path.startsWith(SUB_PATH)
                ? site.resolve(path.substring(SUB_PATH.length())).normalize()
                : null;
        if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
            requestsOutsideTheSubPath.add(path);
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = name.endsWith(".html")
                ? "text/html; charset=utf-8"
                : name.endsWith(".css")
                        ? "text/css; charset=utf-8"
                        : name.endsWith(".js")
                                ? "text/javascript; charset=utf-8"
                                : name.endsWith(".svg")
                                        ? "image/svg+xml"
                                        : name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
