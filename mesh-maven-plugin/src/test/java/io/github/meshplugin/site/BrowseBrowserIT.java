package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lists of every product, contract and team on a generated mesh of 1,000 products, opened from
 * {@code file://}: without script a page is its own rows; with it, a filter in the address shows exactly the
 * matching products of every page, and the filters and links lead there.
 */
class BrowseBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final int PRODUCTS = 1_000;
    private static Path site;
    private static Mesh mesh;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderAThousandProductsAndStartTheBrowser() throws IOException {
        Files.createDirectories(Path.of("target/browser-it"));
        Path root = Files.createTempDirectory(Path.of("target/browser-it"), "browse")
                .toAbsolutePath();
        SyntheticMesh.write(PRODUCTS, root.resolve("mesh"), SyntheticMesh.DEFAULT_SEED);
        site = root.resolve("site");
        mesh = MeshBuild.run(
                        BuildSettings.of(root.resolve("mesh")).withSite(site, "Synthetic"), Goal.SITE, BuildLog.SILENT)
                .result()
                .mesh();
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void filteringByAnOwnerShowsExactlyThatOwnersProductsFromEveryPage() throws IOException {
        String owner = busiestOwner();
        List<String> expected = mesh.productsOwnedBy(owner).stream()
                .map(DataProduct::displayName)
                .sorted()
                .toList();
        assertThat(expected).hasSizeGreaterThan(1);

        open("products.html?owner=" + owner);

        assertThat(filteredRows()).isEqualTo(expected.size());
        List<String> shown = browser.findElements(By.cssSelector("table.browse-table tbody th a")).stream()
                .map(WebElement::getText)
                .sorted()
                .toList();
        assertThat(shown).isEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector("table.browse-table tbody td:nth-child(3)")))
                .allSatisfy(cell -> assertThat(cell.getText())
                        .isEqualTo(mesh.team(owner).orElseThrow().displayName()));
        assertThat(new Select(browser.findElement(By.name("owner")))
                        .getFirstSelectedOption()
                        .getDomProperty("value"))
                .isEqualTo(owner);
        assertThat(browser.findElement(By.cssSelector(".browse-status")).getText())
                .startsWith(expected.size() + " of " + PRODUCTS + " match");
        Files.write(SCREENSHOTS.resolve("products-filtered-1400.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.write(SCREENSHOTS.resolve("products-filtered-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void withoutAFilterAPageShowsItsOwnRowsAndTheFiltersLeadToTheFilteredList() {
        open("products.html");
        assertThat(browser.findElements(By.cssSelector("table.browse-table tbody tr")))
                .hasSizeLessThan(PRODUCTS)
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".pager a[rel=next]"))).hasSize(1);

        new Select(browser.findElement(By.name("status"))).selectByValue("active");

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.getCurrentUrl().endsWith("products.html?status=active"));
        long active = mesh.products().stream()
                .filter(p -> p.status().label().equals("active"))
                .count();
        assertThat(filteredRows()).isEqualTo(Math.min(active, 1000));
    }

    @Test
    void anOwnerLinkOfTheListAndTheOverviewCardsLeadToFilteredLists() {
        open("index.html");
        browser.findElement(By.cssSelector("a.card-link[href='products.html']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/products.html");

        WebElement ownerLink = browser.findElement(By.cssSelector("table.browse-table tbody td:nth-child(3) a"));
        String ownerName = ownerLink.getText();
        ownerLink.click();

        assertThat(filteredRows()).isGreaterThan(0);
        assertThat(browser.findElements(By.cssSelector("table.browse-table tbody td:nth-child(3)")))
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(ownerName));
    }

    private static String busiestOwner() {
        Map<String, Long> owned = mesh.products().stream()
                .filter(p -> p.ownerTeam() != null)
                .collect(Collectors.groupingBy(DataProduct::ownerTeam, TreeMap::new, Collectors.counting()));
        return owned.entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .orElseThrow()
                .getKey();
    }

    private static long filteredRows() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElement(By.cssSelector("[data-browse]")).getDomAttribute("data-filtered") != null);
        long filtered = Long.parseLong(
                browser.findElement(By.cssSelector("[data-browse]")).getDomAttribute("data-filtered"));
        assertThat(browser.findElements(By.cssSelector("table.browse-table tbody tr")))
                .hasSize((int) Math.min(filtered, 1000));
        return filtered;
    }

    private static void open(String page) {
        browser.get(site.toUri() + page);
    }
}
