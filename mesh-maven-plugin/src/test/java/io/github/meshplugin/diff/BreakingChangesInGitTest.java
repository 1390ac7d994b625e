package io.github.meshplugin.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.CatalogViewBuilder;
import io.github.meshplugin.site.render.CatalogJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breaking-change stories told the way CI meets them: a git repository with two commits, and
 * {@code mesh:validate}'s pipeline run with {@code -Dmesh.baseline=HEAD~1}.
 */
class BreakingChangesInGitTest {

    @TempDir
    Path repo;

    private TestRepository git;

    @BeforeEach
    void createRepository() {
        git = new TestRepository(repo);
    }

    @Test
    void aCommitRemovingAConsumedPropertyFailsTheBuildNamingEachConsumerAndTeam() throws Exception {
        OrderLinesMesh mesh = new OrderLinesMesh(repo).initial(null);
        commit("Order lines 2.3.0");
        mesh.contract("2.4.0", List.of("order_id", "amount", "channel"));
        mesh.publisher("""
                  - name: order-lines
                    version: 2.4.0
                    contractId: sales.orders.order-lines
                """);
        commit("Drop the discount code");

        MeshResult result = validate("HEAD~1");

        List<Finding> breaking = only(result, "MESH-BREAK-001");
        assertThat(breaking).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message())
                    .isEqualTo("sales.orders.order-lines v2.3.0 -> v2.4.0 removes property "
                            + "`order_lines.discount_code`; consumed by `finance.revenue-daily` (domain finance, team "
                            + "finance-data) and `marketing.basket-analysis` (domain marketing, team growth)");
            assertThat(finding.source().file()).isEqualTo("domains/sales/orders/order-lines.odcs.yaml");
            assertThat(finding.source().line()).isEqualTo(10);
        });
        assertThat(only(result, "MESH-BREAK-003"))
                .singleElement()
                .satisfies(spared -> assertThat(spared.message())
                        .contains("`logistics.parcel-planning` declares it uses only "
                                + "`order_id`, `channel`, so it is not affected"));
        assertThat(FailOn.ERROR.failure(result.findings())).isPresent();
    }

    @Test
    void theSameChangeAsANewMajorVersionWithTheOldPortKeptPassesWithAWarning() throws Exception {
        OrderLinesMesh mesh = new OrderLinesMesh(repo).initial(null);
        commit("Order lines 2.3.0");
        mesh.contract("3.0.0", List.of("order_id", "amount", "channel"));
        mesh.publisher("""
                  - name: order-lines
                    version: 3.0.0
                    contractId: sales.orders.order-lines
                  - name: order-lines
                    version: 2.3.0
                    contractId: sales.orders.order-lines
                    customProperties:
                      - {property: status, value: deprecated}
                      - {property: sunsetDate, value: "2027-03-31"}
                """);
        commit("Order lines 3.0.0 without the discount code; 2.3.0 kept until March");

        MeshResult result = validate("HEAD~1");

        assertThat(only(result, "MESH-BREAK-001")).isEmpty();
        assertThat(only(result, "MESH-BREAK-002")).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.message())
                    .contains(
                            "v2.3.0 -> v3.0.0 removes property `order_lines.discount_code`",
                            "the old version stays on output port `order-lines v2.3.0`",
                            "`finance.revenue-daily` (domain finance, team finance-data)",
                            "`marketing.basket-analysis` (domain marketing, team growth)");
        });
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void removingAPropertyNoConsumerUsesPasses() throws Exception {
        OrderLinesMesh mesh = new OrderLinesMesh(repo).initial("[order_id, amount]");
        commit("Order lines 2.3.0");
        mesh.contract("2.4.0", List.of("order_id", "amount", "discount_code"));
        mesh.publisher("""
                  - name: order-lines
                    version: 2.4.0
                    contractId: sales.orders.order-lines
                """);
        commit("Drop the channel");

        MeshResult withChannelReader = validate("HEAD~1");
        assertThat(only(withChannelReader, "MESH-BREAK-001"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .endsWith("removes property `order_lines.channel`; consumed by "
                                + "`logistics.parcel-planning` (domain logistics, team fulfilment)"));

        mesh.consumer("logistics", "parcel-planning", "fulfilment", "[order_id]");
        commit("Parcel planning no longer reads the channel");

        MeshResult result = validate("HEAD~2");

        assertThat(only(result, "MESH-BREAK-001")).isEmpty();
        assertThat(only(result, "MESH-BREAK-003"))
                .hasSize(3)
                .allSatisfy(info -> assertThat(info.severity()).isEqualTo(Severity.INFO))
                .allSatisfy(info -> assertThat(info.message()).contains("removes property `order_lines.channel`"));
        assertThat(FailOn.ERROR.failure(result.findings())).isEmpty();
    }

    @Test
    void aDeclaredUsedPropertyTheContractDoesNotHaveIsAWarning() {
        new OrderLinesMesh(repo).initial("[order_id, ammount]");

        MeshResult result = MeshBuild.defaults().run(repo);

        assertThat(only(result, "MESH-BREAK-004")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("input port `order-lines` of `finance.revenue-daily` declares "
                            + "it uses `ammount`, but contract `sales.orders.order-lines` v2.3.0 has no such property");
            assertThat(finding.source().file()).isEqualTo("domains/finance/revenue-daily/revenue-daily.odps.yaml");
        });
    }

    @Test
    void anEarlierCatalogJsonIsABaselineLikeAGitRef() throws Exception {
        OrderLinesMesh mesh = new OrderLinesMesh(repo.resolve("mesh")).initial(null);
        MeshResult released = MeshBuild.defaults().run(repo.resolve("mesh"));
        Files.write(
                repo.resolve("catalog.json"),
                new CatalogJson().write(released, new CatalogViewBuilder(released, "released").build()));
        mesh.contract("2.4.0", List.of("order_id", "amount", "channel"));

        MeshResult result = MeshBuild.defaults()
                .withBaseline(repo.resolve("catalog.json").toString())
                .run(repo.resolve("mesh"));

        assertThat(only(result, "MESH-BREAK-001"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("sales.orders.order-lines v2.3.0 -> v2.4.0 removes property "
                                + "`order_lines.discount_code`; consumed by `finance.revenue-daily` (domain finance, team "
                                + "finance-data) and `marketing.basket-analysis` (domain marketing, team growth)"));
        assertThat(only(result, "MESH-BREAK-003")).hasSize(1);
    }

    @Test
    void aBaselineThatIsNoCatalogIsAClearErrorNotATrace() throws Exception {
        new OrderLinesMesh(repo).initial(null);
        Files.writeString(repo.resolve("other.json"), "{\"formatVersion\": \"1\", \"products\": 3}");

        assertThat(only(validate("other.json"), "MESH-BREAK-005"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .startsWith("cannot compare with baseline `other.json`: baseline file ")
                        .contains("is not a catalog.json written by mesh:site"));
        assertThat(only(validate("missing/catalog.json"), "MESH-BREAK-005"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message()).endsWith("catalog.json does not exist"));
    }

    @Test
    void aRefMissingFromAShallowCloneSaysWhatToFetch() throws Exception {
        new OrderLinesMesh(repo).initial(null);
        commit("Only commit");

        assertThat(only(validate("origin/main"), "MESH-BREAK-005"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.message())
                            .isEqualTo("cannot compare with baseline `origin/main`: git ref "
                                    + "`origin/main` is not in this clone, so the mesh cannot be compared with it");
                    assertThat(finding.hint()).isEqualTo("Fetch it first: `git fetch origin main`.");
                });
        assertThat(only(validate("HEAD~1"), "MESH-BREAK-005"))
                .singleElement()
                .satisfies(finding ->
                        assertThat(finding.hint()).startsWith("Fetch enough history for it: `git fetch --deepen=1`"));
    }

    private MeshResult validate(String baseline) {
        return MeshBuild.defaults().withBaseline(baseline).run(repo);
    }

    private static List<Finding> only(MeshResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private void commit(String message) throws Exception {
        git.commit(message);
    }
}
