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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page type of the sample catalog checked by axe-core against WCAG 2.1 A and AA, in the light and the dark
 * theme, and the keyboard basics a checker cannot judge: the skip link comes first and lands in the content, and
 * focus is visible.
 */
class AccessibilityBrowserIT {

    private static Path site;
    private static Path brokenSite;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderTheSampleAndStartTheBrowser() throws IOException {
        site = Path.of("target/browser-it/a11y").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        brokenSite = Path.of("target/browser-it/a11y-broken").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(Path.of("src/test/resources/meshes/broken"))
                                .withSite(brokenSite, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        browser = HeadlessChromium.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pagesInBothThemes() {
        return PageTypes.of(Path.of("target/browser-it/a11y").toAbsolutePath()).stream()
                .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
    }

    /** Pages of a mesh full of errors: error badges, findings tables, products without owner, missing contracts. */
    static Stream<Arguments> brokenPagesInBothThemes() {
        return Stream.of(
                        "quality.html",
                        "ownership.html",
                        "products/alpha.a1.html",
                        "products/beta.b1.html",
                        "contracts/beta.b1.legacy.html",
                        "domains/beta.html")
                .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothThemes")
    void axeFindsNoSeriousOrCriticalViolation(PageTypes.PageType page, String theme) {
        checkWithAxe(site, page, theme);
    }

    @ParameterizedTest(name = "{0} of a broken mesh in {1}")
    @MethodSource("brokenPagesInBothThemes")
    void axeFindsNoSeriousOrCriticalViolationWhereTheMeshHasErrors(String page, String theme) {
        checkWithAxe(brokenSite, new PageTypes.PageType(page, page), theme);
    }

    private static void checkWithAxe(Path site, PageTypes.PageType page, String theme) {
        browser.get(page.url(site));
        if (!theme.equals(js("return document.documentElement.getAttribute('data-theme') || 'light'"))) {
            browser.findElement(By.cssSelector(".theme-toggle")).click();
        }
        assertThat(js("return document.documentElement.getAttribute('data-theme') || 'light'"))
                .isEqualTo(theme);

        List<String> violations = Axe.seriousViolations(browser);

        assertThat(violations)
                .as("axe on %s in the %s theme", page.path(), theme)
                .isEmpty();
    }

    @Test
    void theCheckerItselfCatchesWhatItMustSoAQuietReportMeansSomething() throws IOException {
        Path bad = site.resolveSibling("a11y-counter-example.html");
        Files.writeString(
                bad,
                "<!DOCTYPE html><html><head><title>x</title></head><body>"
                        + "<p style=\"color:#aaa;background:#fff\">faint</p><img src=\"x.png\"></body></html>");
        browser.get(bad.toUri().toString());

        assertThat(String.join("\n", Axe.seriousViolations(browser))).contains("color-contrast", "image-alt");
        HeadlessChromium.consoleErrors(browser);
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusIntoTheContent() {
        browser.get(
                site.resolve("products/marketing.basket-analysis.html").toUri().toString());

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getRect().getY())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle"))
                .isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);

        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");
    }

    @Test
    void everyPageHasOneMainLandmarkAHeaderNavigationAndAFooter() {
        for (PageTypes.PageType page : PageTypes.of(site)) {
            browser.get(page.url(site));
            assertThat(browser.findElements(By.cssSelector("main#main")))
                    .as(page.path())
                    .hasSize(1);
            assertThat(browser.findElements(By.cssSelector("header.site-header nav[aria-label='Main']")))
                    .as(page.path())
                    .hasSize(1);
            assertThat(browser.findElements(By.cssSelector("footer")))
                    .as(page.path())
                    .isNotEmpty();
            assertThat(browser.findElements(By.tagName("h1"))).as(page.path()).hasSize(1);
            assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        }
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
