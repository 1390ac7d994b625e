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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * The search box of the sample catalog in headless Chromium, opened from {@code file://}: driven from the
 * keyboard as its users would, with the mouse, from pages at the root and one folder down, in dark mode and at
 * a phone's width. Screenshots land in target/screenshots.
 */
class SearchBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderTheSampleAndStartTheBrowser() throws IOException {
        site = Path.of("target/browser-it/search").toAbsolutePath();
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
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

    @BeforeEach
    void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void slashThenAFieldNameFindsEveryContractWithItAndEnterOpensTheChosenRow() throws IOException {
        open("index.html");
        new Actions(browser).sendKeys("/").perform();
        WebElement box = browser.switchTo().activeElement();
        assertThat(box.getDomAttribute("id")).isEqualTo("site-search-input");

        box.sendKeys("customer_email");
        List<WebElement> options = results();
        Files.write(SCREENSHOTS.resolve("search-results.png"), browser.getScreenshotAs(OutputType.BYTES));

        assertThat(options).hasSize(3).allSatisfy(option -> {
            assertThat(option.findElement(By.cssSelector(".search-kind")).getText())
                    .isEqualTo("Property");
            assertThat(option.findElement(By.cssSelector(".search-title")).getText())
                    .isEqualTo("customer_email");
            assertThat(option.getDomAttribute("data-tier")).isEqualTo("exact");
            assertThat(option.findElements(By.cssSelector("a, button, input, [tabindex]")))
                    .as("an option holds no control of its own")
                    .isEmpty();
        });
        assertThat(options)
                .extracting(
                        o -> o.findElement(By.cssSelector(".search-context")).getText())
                .anySatisfy(context -> assertThat(context).contains("in Orders and order lines"));
        assertThat(status()).startsWith("3 results");

        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(1).getDomAttribute("id"));
        assertThat(options.get(1).getDomAttribute("aria-selected")).isEqualTo("true");
        Files.write(SCREENSHOTS.resolve("search-selected.png"), browser.getScreenshotAs(OutputType.BYTES));
        String chosen = options.get(1).getDomAttribute("data-href");
        String contract =
                options.get(1).findElement(By.cssSelector(".search-context")).getText();
        box.sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.getCurrentUrl().endsWith("/" + chosen));
        assertThat(browser.getCurrentUrl()).contains("/contracts/").contains("#property-");
        WebElement row = browser.findElement(By.id(browser.getCurrentUrl().replaceAll(".*#", "")));
        assertThat(row.getText()).startsWith("customer_email");
        assertThat(contract).contains(browser.findElement(By.tagName("h1")).getText());
        Object marked = js("return getComputedStyle(document.querySelector(':target > *')).backgroundColor");
        assertThat(marked)
                .as("the row is marked")
                .isNotEqualTo(
                        js(
                                "return getComputedStyle("
                                        + "document.querySelector(':target').previousElementSibling.firstElementChild).backgroundColor"))
                .isNotEqualTo(js("return getComputedStyle("
                        + "document.querySelector(':target').nextElementSibling.firstElementChild).backgroundColor"));
        Files.write(SCREENSHOTS.resolve("search-landed-on-property.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theIndexLoadsOnlyWhenTheBoxIsUsedAndOnlyWhatTheQueryNeeds() {
        open("index.html");
        assertThat(loadedIndexFiles())
                .as("nothing of the index before the box is used")
                .isEmpty();

        WebElement box = focusSearch();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> loadedIndexFiles().contains("search/manifest.js"));
        assertThat(loadedIndexFiles()).containsExactlyInAnyOrder("assets/lunr.min.js", "search/manifest.js");

        box.sendKeys("sku");
        results();
        assertThat(loadedIndexFiles())
                .contains("search/terms-0.js", "search/docs-0.js")
                .allSatisfy(file -> assertThat(file).matches("assets/lunr.min.js|search/[a-z]+-?[0-9]*\\.js"));
    }

    @Test
    void exactNamesComeBeforeWordsBeforePrefixesBeforeTypos() throws IOException {
        open("index.html");
        WebElement box = focusSearch();

        box.sendKeys("channel");
        // The ranked results; a last option leads to all of them when there are more than the list shows.
        List<String> tiers = results().stream()
                .map(o -> o.getDomAttribute("data-tier"))
                .filter(Objects::nonNull)
                .toList();

        assertThat(tiers)
                .containsSubsequence("exact", "word", "prefix")
                .isSortedAccordingTo(Comparator.comparing(List.of("exact", "word", "prefix", "fuzzy")::indexOf));
        assertThat(titles()).startsWith("channel", "channel").contains("sales_channel", "signup_channel");
        assertThat(titles().indexOf("sales_channel")).isLessThan(tiers.indexOf("prefix"));
        Files.write(SCREENSHOTS.resolve("search-ranking.png"), browser.getScreenshotAs(OutputType.BYTES));

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "email");
        assertThat(results().get(0).getDomAttribute("data-tier")).isEqualTo("exact");
        assertThat(titles()).first().isEqualTo("email");
        assertThat(titles()).contains("customer_email");
        assertThat(titles().indexOf("email")).isLessThan(titles().indexOf("customer_email"));

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "custmer_emial");
        assertThat(results())
                .allSatisfy(o -> assertThat(o.getDomAttribute("data-tier")).isEqualTo("fuzzy"));
        assertThat(titles()).contains("customer_email");
    }

    @Test
    void fromAPageOneFolderDeepAResultLinksBackUpAndTheMouseOpensIt() {
        open("products/marketing.basket-analysis.html");
        WebElement box = focusSearch();

        box.sendKeys("Growth Analytics");
        List<WebElement> options = results();
        assertThat(options.get(0).findElement(By.cssSelector(".search-kind")).getText())
                .isEqualTo("Team");
        assertThat(options.get(0).getDomAttribute("data-tier")).isEqualTo("exact");
        options.get(0).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.getCurrentUrl().endsWith("/teams/growth-analytics.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Growth Analytics");
    }

    @Test
    void escapeClosesTheListAndTheSlashInTheBoxIsJustText() {
        open("domains/sales.html");
        WebElement box = focusSearch();
        box.sendKeys("orders");
        results();

        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.id("site-search-results")).isDisplayed())
                .isFalse();
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getDomProperty("value")).isEmpty();

        box.sendKeys("a/b");
        assertThat(box.getDomProperty("value")).isEqualTo("a/b");
    }

    @Test
    void theResultsFitAPhoneAndReadInDarkMode() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 812));
        open("index.html");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        WebElement box = focusSearch();
        box.sendKeys("customer");
        results();

        long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertThat(((Number) js("return document.getElementById('site-search-results')"
                                + ".getBoundingClientRect().right"))
                        .doubleValue())
                .isLessThanOrEqualTo(viewport);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue())
                .isEqualTo(viewport);
        assertThat(brightness("document.getElementById('site-search-results')", "backgroundColor"))
                .isLessThan(60);
        assertThat(brightness(".search-result .search-title", "color")).isGreaterThan(200);
        Files.write(SCREENSHOTS.resolve("search-phone-dark.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.cssSelector(".theme-toggle")).click();
    }

    @Test
    void aProductIsFoundByTheTypeOfItsServerAndByItsSupportChannel() {
        open("index.html");
        WebElement box = focusSearch();

        box.sendKeys("snowflake");
        assertThat(results())
                .filteredOn(o -> o.getAttribute("data-href").endsWith("products/customer.lifetime-value.html"))
                .singleElement()
                .satisfies(o -> assertThat(
                                o.findElement(By.cssSelector(".search-why")).getText())
                        .contains("server or support channel"));

        box.clear();
        box.sendKeys("slack");
        assertThat(results())
                .anySatisfy(
                        o -> assertThat(o.getAttribute("data-href")).endsWith("products/customer.lifetime-value.html"));
    }

    @Test
    void aQueryMatchingMoreThanTheListShowsLeadsToAPageOfAllItsResults() throws IOException {
        open("index.html");
        WebElement box = focusSearch();
        box.sendKeys("data");
        List<WebElement> options = results();
        assertThat(options).hasSize(13);
        WebElement all = options.get(12);
        assertThat(all.getText()).matches("All \\d+ results");
        int total = Integer.parseInt(all.getText().replaceAll("\\D", ""));
        assertThat(total).isGreaterThan(12);

        box.sendKeys(Keys.ARROW_UP, Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.getCurrentUrl().contains("/search.html?q=data"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.findElement(By.cssSelector(".search-page-status"))
                        .getText()
                        .contains("results"));
        List<WebElement> listed = browser.findElements(By.cssSelector(".search-page-results li"));
        assertThat(listed).hasSize(total);
        assertThat(listed.get(0).findElement(By.tagName("a")).getAttribute("href"))
                .startsWith("file:");
        Files.write(SCREENSHOTS.resolve("search-all-results.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aVeryLongWordKeepsThePageAnsweringAndTyposStillMatch() {
        open("index.html");
        WebElement box = focusSearch();
        String word = "customeremail".repeat(40).substring(0, 500);

        box.sendKeys(word);
        long typed = System.nanoTime();
        js("return 1");
        long roundTrip = Duration.ofNanos(System.nanoTime() - typed).toMillis();
        WebElement list = browser.findElement(By.id("site-search-results"));
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(10))
                .until(b -> word.equals(list.getDomAttribute("data-query")));
        long answered = Duration.ofNanos(System.nanoTime() - typed).toMillis();

        assertThat(roundTrip)
                .as("a script round trip right after typing, in ms")
                .isLessThan(200);
        assertThat(answered).as("the list answers the 500-letter word, in ms").isLessThan(200);
        assertThat(status()).isEqualTo("No results.");

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "custmer_emial");
        assertThat(titles()).contains("customer_email");
    }

    // ---- helpers

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static WebElement focusSearch() {
        new Actions(browser).sendKeys("/").perform();
        WebElement box = browser.switchTo().activeElement();
        assertThat(box.getDomAttribute("id")).isEqualTo("site-search-input");
        return box;
    }

    /** The options once the list shows the results of what the box holds now. */
    private static List<WebElement> results() {
        WebElement list = browser.findElement(By.id("site-search-results"));
        WebElement box = browser.findElement(By.id("site-search-input"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> list.isDisplayed()
                        && box.getDomProperty("value")
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .equals(list.getDomAttribute("data-query"))
                        && !list.findElements(By.cssSelector("[role=option]")).isEmpty());
        assertThat(browser.findElement(By.id("site-search-input")).getDomAttribute("aria-expanded"))
                .isEqualTo("true");
        return list.findElements(By.cssSelector("[role=option]"));
    }

    /** The index files and the search library the page has asked for (as script elements), relative to the site. */
    @SuppressWarnings("unchecked")
    private static List<String> loadedIndexFiles() {
        String base = site.toUri().toString();
        return ((List<Object>) js("return Array.from(document.scripts).map(s => s.src)"))
                .stream()
                        .map(String::valueOf)
                        .filter(url -> url.startsWith(base))
                        .map(url -> url.substring(base.length()))
                        .filter(path -> path.startsWith("search/") || path.equals("assets/lunr.min.js"))
                        .toList();
    }

    private static List<String> titles() {
        return results().stream()
                .filter(o -> o.getAttribute("data-tier") != null)
                .map(o -> o.findElement(By.cssSelector(".search-title")).getText())
                .toList();
    }

    private static String status() {
        return browser.findElement(By.cssSelector(".search-status")).getDomProperty("textContent");
    }

    /** The mean of the red, green and blue of an element's colour, 0 to 255. */
    private static double brightness(String element, String property) {
        String target = element.startsWith("document") ? element : "document.querySelector('" + element + "')";
        String rgb = (String) js("return getComputedStyle(" + target + ")." + property);
        return Arrays.stream(rgb.replaceAll("[^0-9,]", "").split(","))
                .limit(3)
                .mapToInt(Integer::parseInt)
                .average()
                .orElseThrow();
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
