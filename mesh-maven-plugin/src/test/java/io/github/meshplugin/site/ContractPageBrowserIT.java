package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The contract page as a data consumer reads it, in headless Chromium from {@code file://}: who owns the data and
 * where to ask, how to get it, which consumer uses which field, and tables that show all their content on a
 * 1280-px screen without a scroll box inside the page.
 */
class ContractPageBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static Path sampleSite;
    private static Path usageSite;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderSitesAndStartTheBrowser() throws IOException {
        sampleSite = Path.of("target/browser-it/contract-sample").toAbsolutePath();
        MeshBuild.run(
                BuildSettings.of(TestFiles.sampleMesh()).withSite(sampleSite, "Northwind Outfitters"),
                Goal.SITE,
                BuildLog.SILENT);
        Files.createDirectories(Path.of("target/browser-it"));
        Path mesh = Files.createTempDirectory(Path.of("target/browser-it"), "contract-usage-mesh")
                .toAbsolutePath();
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        Path carts = mesh.resolve("domains/shop/carts/carts.odps.yaml");
        Files.writeString(
                carts,
                Files.readString(carts)
                        .replace(
                                "    contractId: shop.orders.orders\n",
                                "    contractId: shop.orders.orders\n    customProperties:\n"
                                        + "      - {property: usedProperties, value: [order_id, total]}\n"),
                StandardCharsets.UTF_8);
        usageSite = Path.of("target/browser-it/contract-usage").toAbsolutePath();
        MeshBuild.run(BuildSettings.of(mesh).withSite(usageSite, "Shop"), Goal.SITE, BuildLog.SILENT);
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
    void theContractPageNamesItsOwnerAndWhereToAskBeforeTheSchema() {
        open(usageSite, "contracts/shop.orders.orders.html", 1400);

        WebElement facts = browser.findElement(By.cssSelector(".contract-facts"));
        assertThat(facts.getText()).contains("Owner", "Shop Team", "Support", "#shop-data");
        assertThat(facts.findElement(By.linkText("Shop Team")).getAttribute("href"))
                .endsWith("/teams/shop-team.html");
        assertThat(top(".contract-facts")).isLessThan(top("#schema-heading"));
        assertThat(top("#access-heading")).isLessThan(top("#schema-heading"));
        assertThat(browser.findElement(By.cssSelector(".access")).getText())
                .contains("orders", "1.2.0", "Service levels", "latency");
    }

    @Test
    void aPropertyNamesTheConsumersThatDeclaredTheyUseIt() {
        open(usageSite, "contracts/shop.orders.orders.html", 1400);

        assertThat(usedBy("property-orders.order_id")).contains("Abandoned Carts");
        assertThat(usedBy("property-orders.total")).contains("Abandoned Carts");
        assertThat(usedBy("property-orders.customer_email"))
                .doesNotContain("Abandoned Carts")
                .contains("1 consumer reading every property");
        WebElement consumers = browser.findElement(By.cssSelector("table.consumers"));
        assertThat(consumers.getText()).contains("Abandoned Carts", "1.2.0", "order_id, total", "every property");
    }

    @Test
    void theContractAndItsPublishersDescriptorDownloadAsWritten() throws IOException {
        open(usageSite, "contracts/shop.orders.orders.html", 1400);

        List<WebElement> links = browser.findElements(By.cssSelector(".downloads a"));
        assertThat(links).extracting(WebElement::getText).containsExactly("Contract YAML", "Product descriptor");
        Path contract = usageSite.resolve(links.get(0)
                .getAttribute("href")
                .substring(usageSite.toUri().toString().length()));
        assertThat(Files.readString(contract))
                .isEqualTo(Files.readString(
                        Path.of("src/test/resources/meshes/valid/domains/shop/orders/orders.odcs.yaml")));
        assertThat(links.get(0).getAttribute("download")).isEqualTo("orders.odcs.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "contracts/sales.orders.order-lines.html",
                "contracts/customer.profiles.customer-master.html",
                "quality.html"
            })
    void noTableIsCutOffOrScrollsInsideThePageAt1280Pixels(String page) throws IOException {
        open(sampleSite, page, 1280);

        assertThat(js("""
                        const cut = [];
                        for (const wrap of document.querySelectorAll('main .table-wrap')) {
                          if (wrap.scrollWidth > wrap.clientWidth + 1) cut.push('wide: ' + wrap.getAttribute('aria-label'));
                          if (wrap.scrollHeight > wrap.clientHeight + 1) cut.push('scrolls: ' + wrap.getAttribute('aria-label'));
                        }
                        for (const cell of document.querySelectorAll('main td, main th')) {
                          const style = getComputedStyle(cell);
                          if (style.overflow !== 'visible' && cell.scrollWidth > cell.clientWidth + 1) cut.push('cell: ' + cell.textContent.trim().slice(0, 40));
                          if (style.display === 'none') cut.push('hidden: ' + cell.textContent.trim().slice(0, 40));
                        }
                        for (const el of document.querySelectorAll('main *')) {
                          const style = getComputedStyle(el);
                          if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) cut.push('nested scroll: ' + el.className);
                        }
                        return cut;""")).as("tables on %s at 1280 px", page).asList().isEmpty();
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(1280L);
        String name = page.replace('/', '-').replace(".html", "");
        Files.write(SCREENSHOTS.resolve(name + "-1280.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void screenshotsOfTheContractPageAtDesktopAndPhoneWidth() throws IOException {
        for (int width : new int[] {1400, 390}) {
            open(usageSite, "contracts/shop.orders.orders.html", width);
            Files.write(SCREENSHOTS.resolve("contract-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            open(sampleSite, "contracts/sales.orders.order-lines.html", width);
            Files.write(
                    SCREENSHOTS.resolve("contract-sample-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
            assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
        }
    }

    private String usedBy(String rowId) {
        List<WebElement> cells = browser.findElement(By.id(rowId)).findElements(By.tagName("td"));
        return cells.get(cells.size() - 1).getText();
    }

    private long top(String selector) {
        return ((Number) js("return document.querySelector(arguments[0]).getBoundingClientRect().top", selector))
                .longValue();
    }

    private void open(Path site, String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get(site.resolve(page).toUri().toString());
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }
}
