package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.ServerSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product page as a data consumer reads it: who owns it, whom to ask and how to reach the data come first; its
 * contracts are summaries that link to the contract pages; the score and findings come last.
 */
class ProductPageTest {

    private static final String SERVERS = """
            servers:
              - server: orders-prod
                type: postgres
                environment: prod
                host: orders-db.internal.example.com
                port: 5432
                database: sales
                password: pl41n-t3xt-pw
            """;

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void render() throws IOException {
        Path mesh = temp.resolve("mesh");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        Path contract = mesh.resolve("domains/shop/orders/orders.odcs.yaml");
        Files.writeString(contract, Files.readString(contract).replace("schema:\n", SERVERS + "schema:\n"));
        Path revenue = mesh.resolve("domains/money/revenue/revenue.odps.yaml");
        Files.writeString(
                revenue,
                Files.readString(revenue)
                        + "support:\n  - channel: revenue-help@example.com\n    tool: email\n"
                        + "    url: mailto:revenue-help@example.com\n");
        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();
        site = temp.resolve("site");
        new SiteRenderer(Theme.standard()).render(new CatalogViewBuilder(result, "Shop").build(), result, site);
    }

    @Test
    void theCardNamesTheOwnerAndHowToReachTheDataWithItsSecretsHidden() throws IOException {
        Element card = page("shop.orders").selectFirst("section.product-card");

        assertThat(card.select("dl.card-facts").text())
                .contains("Owner Shop Team", "Status active", "Version 1.0.0", "Domain Shop");
        String access = card.select("#access").text();
        assertThat(access)
                .contains("orders", "1.2.0", "postgres", "orders-prod", "host orders-db.internal.example.com")
                .contains("database sales")
                .doesNotContain("pl41n-t3xt-pw");
        assertThat(card.select("#access a").attr("href")).isEqualTo("../" + Hrefs.contract("shop.orders.orders"));
        assertThat(ServerSecrets.HIDDEN).isNotBlank();
    }

    @Test
    void supportFallsBackToTheOwnerTeamsChannelsAndSaysWhose() throws IOException {
        Element support = page("shop.orders").selectFirst("#support");

        assertThat(support.select("a[href=https://example.slack.com/archives/C0SHOP]"))
                .hasSize(1);
        assertThat(support.text()).contains("#shop-data", "channels of the owner team Shop Team");
    }

    @Test
    void theProductsOwnSupportChannelsComeFirst() throws IOException {
        Element support = page("money.revenue").selectFirst("#support");

        assertThat(support.text()).contains("revenue-help@example.com").doesNotContain("channels of the");
    }

    @Test
    void contractsAreSummariesThatLinkToTheirPageWithoutTheSchemaTable() throws IOException {
        Document page = page("shop.orders");

        Element contracts = page.selectFirst("#contracts");
        assertThat(contracts.select("table.properties")).isEmpty();
        assertThat(contracts.select("table.contract-summaries tbody tr")).hasSize(1);
        assertThat(contracts.select("tbody th a").attr("href")).isEqualTo("../" + Hrefs.contract("shop.orders.orders"));
        assertThat(contracts.text()).contains("propert", "latency: 1 d");
    }

    @Test
    void essentialsComeFirstAndTheScoreAndFindingsLast() throws IOException {
        List<String> order = page("shop.orders").select("main section[id], main section.product-card").stream()
                .map(s -> s.id().isEmpty() ? "card" : s.id())
                .toList();

        assertThat(order).startsWith("card", "description");
        assertThat(order).containsSubsequence("description", "lineage", "consumers", "contracts", "score", "findings");
    }

    private Document page(String productId) throws IOException {
        return Jsoup.parse(site.resolve(Hrefs.product(productId)).toFile(), "UTF-8");
    }
}
