package io.github.meshplugin.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mesh reading another repository's published catalog, through the build alone (the invoker tests resolve
 * the catalogs through real Maven repositories): what resolves, what is reported, what the pages link to.
 */
class FederationTest {

    private static final Path MESHES = Path.of("src/it/federation-file-repository");
    private static final String SALES = "it:sales-mesh:1.0";

    @TempDir
    static Path work;

    private static Path salesCatalog;

    @BeforeAll
    static void publishTheProducer() {
        Path site = work.resolve("sales-site");
        MeshBuild.run(
                BuildSettings.of(MESHES.resolve("producer"))
                        .withSite(site, "Sales")
                        .withFederation(new BuildSettings.Federation(List.of(), "https://sales.example.org/mesh/")),
                Goal.SITE,
                BuildLog.SILENT);
        salesCatalog = site.resolve("catalog.json");
    }

    @Test
    void theConsumersReferenceResolvesAndItsPageLinksToTheProducersSite() throws IOException {
        Path site = work.resolve("finance-site");
        BuildOutcome outcome = MeshBuild.run(
                consumer(new BuildSettings.ExternalMesh(SALES, salesCatalog, null, null))
                        .withSite(site, "Finance"),
                Goal.SITE,
                BuildLog.SILENT);

        assertThat(errors(outcome)).isEmpty();
        assertThat(outcome.result().graph().edges()).hasSize(1);
        assertThat(Origin.mesh(outcome.result()
                        .mesh()
                        .product("sales.orders")
                        .orElseThrow()
                        .source()))
                .isEqualTo(SALES);
        String page = Files.readString(site.resolve("products/finance.revenue-daily.html"));
        assertThat(page).contains("href=\"https://sales.example.org/mesh/products/sales.orders.html\"");
        String theirs = Files.readString(site.resolve("products/sales.orders.html"));
        assertThat(theirs)
                .contains("<dt>Mesh</dt>")
                .contains("<code class=\"id\">" + SALES + "</code>")
                .contains("href=\"https://sales.example.org/mesh/products/sales.orders.html\"");
        assertThat(Files.readString(site.resolve("products/finance.revenue-daily.html")))
                .doesNotContain("<dt>Mesh</dt>");
    }

    @Test
    void aContractOfAnotherMeshLinksNoFileThisRepositoryLacks() throws IOException {
        Path site = work.resolve("finance-site-with-sources");
        MeshBuild.run(
                consumer(new BuildSettings.ExternalMesh(SALES, salesCatalog, null, null))
                        .withSite(new BuildSettings.Site(
                                site,
                                null,
                                "Finance",
                                "escape",
                                false,
                                "https://git.example.org/finance/{path}#L{line}")),
                Goal.SITE,
                BuildLog.SILENT);

        String theirs = Files.readString(site.resolve("contracts/sales.orders.order-lines.html"));
        assertThat(theirs)
                .doesNotContain("sources/contracts/sales.orders.order-lines.yaml")
                .doesNotContain("sources/products/sales.orders.yaml")
                .doesNotContain("https://git.example.org/finance/domains/sales");
        assertThat(site.resolve("sources/contracts/sales.orders.order-lines.yaml"))
                .doesNotExist();
        String ours = Files.readString(site.resolve("contracts/finance.revenue-daily.out.html"));
        assertThat(ours)
                .contains("sources/contracts/finance.revenue-daily.out.yaml")
                .contains("https://git.example.org/finance/domains/finance/revenue-daily/out.odcs.yaml");
        assertThat(site.resolve("sources/contracts/finance.revenue-daily.out.yaml"))
                .isRegularFile();
    }

    @Test
    void oneContractIdInTwoMeshesIsAnErrorNamingBoth() {
        BuildOutcome outcome = MeshBuild.run(consumer(
                new BuildSettings.ExternalMesh(SALES, salesCatalog, null, null),
                new BuildSettings.ExternalMesh("it:legacy-mesh:3.2", salesCatalog, null, null)));

        assertThat(errors(outcome))
                .extracting(Finding::ruleId, Finding::message)
                .containsExactly(tuple(
                        "MESH-FED-003",
                        "contract `sales.orders.order-lines` is defined in two meshes: it:sales-mesh:1.0 and "
                                + "it:legacy-mesh:3.2; it:sales-mesh:1.0's is used"));
    }

    @Test
    void aCatalogFailingItsSchemaIsOneFindingAndNothingOfItIsUsed() throws IOException {
        Path bad = work.resolve("bad-catalog.json");
        Files.writeString(
                bad, Files.readString(salesCatalog).replace("\"status\":\"active\"", "\"status\":\"ACTIVE\""));

        BuildOutcome outcome = MeshBuild.run(consumer(new BuildSettings.ExternalMesh(SALES, bad, null, null)));

        assertThat(errors(outcome)).extracting(Finding::ruleId).contains("MESH-FED-002");
        assertThat(errors(outcome).stream().filter(f -> f.ruleId().equals("MESH-FED-002")))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("the catalog of mesh it:sales-mesh:1.0 does not match catalog.json's JSON Schema"));
        assertThat(outcome.result().mesh().product("sales.orders")).isEmpty();
    }

    @Test
    void onlyAnHttpSiteAddressFromACatalogBecomesALink() throws IOException {
        Path hostile = work.resolve("hostile-catalog.json");
        Files.writeString(
                hostile,
                Files.readString(salesCatalog)
                        .replace(
                                "\"siteUrl\":\"https://sales.example.org/mesh/\"",
                                "\"siteUrl\":\"javascript:alert(1)//\""));
        Path site = work.resolve("hostile-site");

        MeshBuild.run(
                consumer(new BuildSettings.ExternalMesh(SALES, hostile, null, null))
                        .withSite(site, "Finance"),
                Goal.SITE,
                BuildLog.SILENT);

        assertThat(Files.readString(site.resolve("products/finance.revenue-daily.html")))
                .doesNotContain("javascript:");
    }

    private static BuildSettings consumer(BuildSettings.ExternalMesh... meshes) {
        return BuildSettings.of(MESHES.resolve("consumer"))
                .withFederation(new BuildSettings.Federation(List.of(meshes), null));
    }

    private static List<Finding> errors(BuildOutcome outcome) {
        return outcome.result().findings().stream()
                .filter(f -> f.severity().name().equals("ERROR"))
                .toList();
    }
}
