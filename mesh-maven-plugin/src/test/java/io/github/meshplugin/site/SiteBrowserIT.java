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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The generated catalog in a real browser (headless Chromium), opened from {@code file://} as a user would open
 * it from disk: styled, its script running under the Content-Security-Policy, no console errors, links and
 * controls working. Screenshots land in target/screenshots for people to look at.
 */
class SiteBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Path sampleSite;
    private static Path smallSite;
    private static Path brokenSite;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderSitesAndStartTheBrowser() throws IOException {
        sampleSite = Path.of("target/browser-it/sample").toAbsolutePath();
        smallSite = Path.of("target/browser-it/small").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(sampleSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        MeshBuild.run(
                        BuildSettings.of(Path.of("src/test/resources/meshes/valid"))
                                .withSite(smallSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        brokenSite = Path.of("target/browser-it/broken").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(Path.of("src/test/resources/meshes/broken"))
                                .withSite(brokenSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        Files.createDirectories(SCREENSHOTS);

        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index, index.html, Northwind Outfitters",
        "domain, domains/sales.html, Sales",
        "product, products/marketing.basket-analysis.html, Basket Analysis",
        "contract, contracts/sales.orders.order-lines.html, order",
        "team, teams/growth-analytics.html, Growth Analytics",
        "ownership, ownership.html, Ownership",
        "quality, quality.html, Quality",
        "rules, rules.html, Rules",
        "rule, rules/mesh-pii-001.html, Personal data"
    })
    void everyPageTypeIsStyledRunsItsScriptAndLogsNoErrors(String type, String page, String heading)
            throws IOException {
        open(sampleSite, page);

        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase(heading);
        assertThat((String) js("return getComputedStyle(document.body).fontFamily"))
                .contains("system-ui");
        assertThat(js("return document.documentElement.classList.contains('js')"))
                .as("site.js ran under the page's Content-Security-Policy")
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector(".theme-toggle"))).hasSize(1);
        assertThat(consoleErrors()).isEmpty();
        Files.write(SCREENSHOTS.resolve(type + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aReaderGetsFromTheIndexToAProductOfADomainByClicking() {
        open(sampleSite, "index.html");

        browser.findElement(By.linkText("Marketing")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Marketing");
        browser.findElement(By.linkText("Basket Analysis")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/products/marketing.basket-analysis.html");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Orders and order lines", "Customer Segments", "Growth Analytics");
    }

    @Test
    void theDarkModeToggleSwitchesTheColours() {
        open(sampleSite, "index.html");
        Object lightBackground = js("return getComputedStyle(document.body).backgroundColor");

        browser.findElement(By.cssSelector(".theme-toggle")).click();

        assertThat(js("return document.documentElement.getAttribute('data-theme')"))
                .isEqualTo("dark");
        assertThat(js("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo(lightBackground);
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(js("return document.documentElement.getAttribute('data-theme')"))
                .isEqualTo("light");
    }

    @Test
    void theQualityTableSortsByScoreWhenItsHeaderIsClicked() {
        open(smallSite, "quality.html");
        WebElement table = browser.findElement(By.cssSelector("table.quality-table"));
        WebElement scoreHeader = table.findElements(By.cssSelector("thead th button")).stream()
                .filter(button -> button.getText().contains("Score"))
                .findFirst()
                .orElseThrow();

        scoreHeader.click();
        List<Integer> ascending = scores(table);
        scoreHeader.click();
        List<Integer> descending = scores(table);

        assertThat(ascending).isSorted().hasSize(3);
        assertThat(ascending.get(0)).isLessThan(ascending.get(2));
        List<Integer> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
    }

    @Test
    void theQualityPageOfABrokenMeshShowsEveryFindingAndLinksItsRule() throws IOException {
        open(brokenSite, "quality.html");
        String text = browser.findElement(By.tagName("main")).getText();

        assertThat(text)
                .contains(
                        "domains/beta/b1/syntax.odcs.yaml:6:4",
                        "MESH-YAML-001",
                        "dependency cycle: alpha.a1 -> beta.b1 -> alpha.a1",
                        "MESH-OWN-001");
        Files.write(SCREENSHOTS.resolve("quality-broken.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.linkText("MESH-GRAPH-001")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/rules/mesh-graph-001.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("MESH-GRAPH-001", "cycle");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("An example that breaks it", "dependency cycle: alpha.a1 -> beta.b1 -> alpha.a1");
    }

    private List<Integer> scores(WebElement table) {
        int column = ((Number) js(
                        "var ths = arguments[0].querySelectorAll('thead th');"
                                + "for (var i = 0; i < ths.length; i++) { if (ths[i].textContent.indexOf('Score') >= 0) return i; }"
                                + "return -1;",
                        table))
                .intValue();
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.xpath("./*")).get(column).getDomAttribute("data-sort"))
                .map(Integer::valueOf)
                .toList();
    }

    private static void open(Path site, String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static List<String> consoleErrors() {
        return HeadlessChromium.consoleErrors(browser);
    }
}
