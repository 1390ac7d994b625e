package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.MarkdownRenderer;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A mesh whose every field is a cross-site scripting payload goes through the whole pipeline (YAML files, reader,
 * rules, view, templates, search index) into a catalog; then every page is opened in headless Chromium, and the
 * search box is used on the payloads. None may run: no alert, no {@code window.__xss}, no changed title; no
 * element or attribute of the payloads may reach the page (escaping), every page forbids inline script (CSP),
 * and no link or source uses {@code javascript:} or {@code data:}. Console errors from the policy are expected.
 */
class XssBrowserIT {

    private static final List<String> PAYLOADS = XssMesh.payloads();
    private static Path site;
    private static Path safeSubsetSite;
    private static int placed;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildTheCatalogOfAHostileMesh() throws IOException {
        Path root = Path.of("target/browser-it/xss").toAbsolutePath();
        Path mesh = root.resolve("mesh");
        deleteTree(root);
        placed = XssMesh.write(mesh, PAYLOADS);
        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();
        site = root.resolve("site");
        new SiteRenderer(Theme.standard())
                .render(new CatalogViewBuilder(result, PAYLOADS.get(0)).build(), result, site);
        safeSubsetSite = root.resolve("site-safe-html");
        new SiteRenderer(Theme.standard())
                .render(
                        new CatalogViewBuilder(result, PAYLOADS.get(1), MarkdownRenderer.RawHtml.SAFE_SUBSET).build(),
                        result,
                        safeSubsetSite);
        browser = HeadlessChromium.start();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCorpusIsLargeAndEveryPayloadLandsInSeveralFields() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(50);
        assertThat(placed).isGreaterThanOrEqualTo(2 * PAYLOADS.size());
    }

    @Test
    void theMarkupCheckCatchesPayloadsThatGetThrough() throws IOException {
        Path leaky = site.resolveSibling("leaky.html");
        Files.writeString(
                leaky,
                "<!DOCTYPE html><html><head><title>t</title></head><body>"
                        + "<a href=\"java&#x09;script:void(0)\">a</a><img src=\"x.png\" onerror=\"void(0)\">"
                        + "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:void(0)\"><text>s</text></a>"
                        + "<a href=\" DATA:text/html,x\"><text>d</text></a></svg><iframe></iframe></body></html>");
        open(leaky);

        assertThat(String.join("\n", payloadMarkup()))
                .contains(
                        "A href=java",
                        "IMG onerror",
                        "img ",
                        "xlink:href=javascript:",
                        "href= DATA:",
                        "element IFRAME");
        HeadlessChromium.consoleErrors(browser);
    }

    @Test
    void noPayloadRunsOnAnyPageAndNoneBecomesMarkup() throws IOException {
        List<Path> pages = pages(site);
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            open(page);
            assertNothingRan(page);
            assertNoPayloadMarkup(page);
        }
    }

    @Test
    void theListsAndTheAllResultsPageDrawHostileRowsAsText() throws IOException {
        for (String list : List.of("products.html", "contracts.html", "teams.html")) {
            Path page = site.resolve(list);
            browser.get(page.toUri() + "?sort=consumers");
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(b -> list.equals("teams.html")
                            || b.findElement(By.cssSelector("[data-browse]")).getAttribute("data-filtered") != null);
            assertNothingRan(page);
            assertNoPayloadMarkup(page);
        }
        Path search = site.resolve("search.html");
        browser.get(search.toUri() + "?q=xss");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.cssSelector(".search-page-status"))
                        .getText()
                        .contains("result"));
        assertThat(browser.findElements(By.cssSelector(".search-page-results li")))
                .isNotEmpty();
        assertNothingRan(search);
        assertNoPayloadMarkup(search);
    }

    /**
     * The explorer writes hostile names from its data script into its title, its picture, its product choosers, its
     * path list and the status line: choosing every product in turn, none runs and none becomes markup, and the
     * path's hops read as text.
     */
    @Test
    void theLineageExplorerListsHostilePathsAsText() throws IOException {
        Path page = site.resolve("graph/explore.html");
        browser.get(page.toUri() + "?product=xss.p0");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> !b.findElements(By.cssSelector(".explore-depth svg.graph-svg a.gk-focus"))
                        .isEmpty());
        assertNothingRan(page);
        assertNoPayloadMarkup(page);
        WebElement chooser = browser.findElement(By.cssSelector("select.explore-path-to"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> chooser.findElements(By.tagName("option")).size() > 1);
        List<String> values = chooser.findElements(By.tagName("option")).stream()
                .map(option -> option.getAttribute("value"))
                .filter(value -> !value.isEmpty())
                .toList();
        assertThat(values).hasSize(XssMesh.PRODUCTS);
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            new Select(chooser).selectByValue(value);
            assertNothingRan(page);
            assertNoPayloadMarkup(page);
            browser.findElements(By.cssSelector(".explore-paths ol.explore-hops li"))
                    .forEach(hop -> hops.add(hop.getText()));
        }
        assertThat(hops)
                .as("hops listed to the products downstream")
                .hasSize(1 + 2 + 3)
                .allSatisfy(hop -> assertThat(hop).contains(" reads ", " through xss.c"));

        Path graph = site.resolve("graph.html");
        open(graph);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElements(By.cssSelector("select.explore-products option"))
                                .size()
                        > 1);
        assertNothingRan(graph);
        assertNoPayloadMarkup(graph);
    }

    @Test
    void withTheSafeHtmlSubsetNoReadmePayloadRunsEither() throws IOException {
        for (Path page : pages(safeSubsetSite.resolve("products"))) {
            open(page);
            assertNothingRan(page);
            assertNoPayloadMarkup(page);
        }
    }

    @Test
    void searchingThePayloadsLoadsTheirIndexEntriesWithoutRunningThem() {
        open(site.resolve("index.html"));
        for (String query : List.of("script", "onerror", "javascript", "xss", "img", "alert")) {
            new Actions(browser).sendKeys("/").perform();
            WebElement box = browser.switchTo().activeElement();
            box.clear();
            box.sendKeys(query);
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(b -> query.equalsIgnoreCase(String.valueOf(
                            js("return document.getElementById('site-search-results').getAttribute('data-query')"))));
            assertNothingRan(site.resolve("index.html"));
            assertThat(js("return document.querySelectorAll('#site-search-results [role=option]').length"))
                    .as("results for %s: %s", query, js("return document.querySelector('.search-status').textContent"))
                    .isNotEqualTo(0L);
            assertNoPayloadMarkup(site.resolve("index.html"));
            box.clear();
            browser.findElement(By.tagName("h1")).click();
        }
    }

    private static void assertNothingRan(Path page) {
        String where = site.getParent().relativize(page).toString();
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            throw new AssertionError("an alert opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(js("return typeof window.__xss === 'undefined' ? 'none' : String(window.__xss)"))
                .as("window.__xss on %s", where)
                .isEqualTo("none");
        assertThat(browser.getTitle()).as("title of %s", where).isNotEqualTo("XSSED");
        assertThat((String) js("var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
                        + " return m ? m.content : ''"))
                .as("the policy of %s", where)
                .contains("script-src 'self'", "default-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        HeadlessChromium.consoleErrors(browser);
    }

    /**
     * None of the payloads' elements, no event handler, no inline style, no foreign script, style sheet or image
     * and no script-capable URL is on the page, whatever the mesh holds. (Controls such as buttons and inputs
     * are the theme's; one from a payload would be caught by its handler.)
     */
    private static void assertNoPayloadMarkup(Path page) {
        String where = site.getParent().relativize(page).toString();
        assertThat(payloadMarkup()).as("payload markup on %s", where).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> payloadMarkup() {
        return (List<String>) js("""
                var found = [];
                document.querySelectorAll('*').forEach(function (e) {
                  for (var i = 0; i < e.attributes.length; i++) {
                    if (/^on/i.test(e.attributes[i].name)) { found.push(e.tagName + ' ' + e.attributes[i].name); }
                  }
                  if (/^(IFRAME|OBJECT|EMBED|BASE|FRAME|FRAMESET|MATH|VIDEO|AUDIO|SOURCE|TEXTAREA|STYLE|MARQUEE|ISINDEX|KEYGEN|XSS)$/i
                      .test(e.tagName)) {
                    found.push('element ' + e.tagName);
                  }
                  if (e.tagName === 'META' && /refresh/i.test(e.getAttribute('http-equiv') || '')) { found.push('meta refresh'); }
                  if (e.tagName === 'SCRIPT' && !/\\/(assets|search|browse|graph)\\/[a-z0-9.-]+\\.js$/.test(e.src)) { found.push('script ' + e.src); }
                  if (e.tagName === 'IMG' && !/\\/badges\\/[^/]+\\.svg$/.test(e.src)) { found.push('img ' + e.src); }
                  if (e.tagName === 'LINK' && !/\\/assets\\/(style\\.css|favicon\\.svg)$/.test(e.href)) { found.push('link ' + e.href); }
                  for (var j = 0; j < e.attributes.length; j++) {
                    var name = e.attributes[j].name.toLowerCase();
                    var value = e.attributes[j].value;
                    if (name === 'srcdoc' || name === 'style') { found.push(e.tagName + ' ' + name); continue; }
                    if (!/(^|:)(href|src|action|formaction|data|poster|background)$/.test(name)) { continue; }
                    // What the browser would follow: entities are decoded already; it ignores controls and spaces.
                    if (/^(javascript|data|vbscript):/i.test(value.replace(/[\\x00-\\x20]/g, ''))) {
                      found.push(e.tagName + ' ' + name + '=' + value);
                    }
                  }
                });
                return found;
                """);
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = new ArrayList<>(files.toList());
            Collections.reverse(all);
            for (Path file : all) {
                Files.delete(file);
            }
        }
    }
}
