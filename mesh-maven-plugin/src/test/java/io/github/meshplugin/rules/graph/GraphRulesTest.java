package io.github.meshplugin.rules.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRulesTest {

    @TempDir
    Path dir;

    private static String product(String id, String extra) {
        return """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                status: active
                team: {name: crew}
                outputPorts:
                  - {name: out, version: 1.0.0, contractId: %s.out}
                """.formatted(id, id) + extra;
    }

    private static String contract(String id) {
        return "apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nversion: 1.0.0\nstatus: active\n";
    }

    private TestMesh mesh(String ordersExtra, String dashboardExtra) {
        return new TestMesh(dir)
                .team("crew")
                .file("domains/sales/orders/orders.odps.yaml", product("sales.orders", ordersExtra))
                .file("domains/sales/orders/out.odcs.yaml", contract("sales.orders.out"))
                .file(
                        "domains/marketing/dashboard/dashboard.odps.yaml",
                        product("marketing.dashboard", """
                        inputPorts:
                          - {name: orders, version: 1.0.0, contractId: sales.orders.out}
                        """ + dashboardExtra))
                .file("domains/marketing/dashboard/out.odcs.yaml", contract("marketing.dashboard.out"));
    }

    @Test
    void anActiveProductNobodyReadsIsAnOrphanUntilItSaysItServesPeopleOutsideTheMesh() {
        assertThat(mesh("", "").findings("MESH-GRAPH-002")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.subject()).isEqualTo("marketing.dashboard");
            assertThat(finding.source().location()).isEqualTo("domains/marketing/dashboard/dashboard.odps.yaml:1:1");
            assertThat(finding.message())
                    .isEqualTo("`marketing.dashboard` is active but no product reads it, and "
                            + "it is not marked consumer-facing");
            assertThat(finding.hint()).contains("tag `consumer-facing`");
        });
        assertThat(mesh("", "tags: [consumer-facing]\n").findings("MESH-GRAPH-002"))
                .isEmpty();
    }

    @Test
    void aSourceAlignedProductThatReadsAConsumerAlignedOneBreaksTheLayeringAtItsInputPort() {
        TestMesh mesh = mesh("""
                customProperties:
                  - {property: alignment, value: source-aligned}
                inputPorts:
                  - {name: campaigns, version: 1.0.0, contractId: marketing.dashboard.out}
                """, """
                customProperties:
                  - {property: alignment, value: consumer-aligned}
                """);

        assertThat(mesh.findings("MESH-GRAPH-003")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.source().location()).isEqualTo("domains/sales/orders/orders.odps.yaml:11:5");
            assertThat(finding.message())
                    .isEqualTo("`sales.orders` (source-aligned) reads "
                            + "`marketing.dashboard.out` from `marketing.dashboard` (consumer-aligned); a source-aligned "
                            + "product may read only source-aligned products");
        });
        assertThat(mesh.findings("MESH-GRAPH-001"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("dependency cycle: marketing.dashboard -> sales.orders -> "
                                + "marketing.dashboard; marketing.dashboard reads sales.orders.out from sales.orders, "
                                + "sales.orders reads marketing.dashboard.out from marketing.dashboard"));
    }

    @Test
    void meshRulesYamlSetsItsOwnLayeringPropertyAndOrder() {
        TestMesh mesh = mesh(
                        "customProperties:\n  - {property: tier, value: gold}\n",
                        "customProperties:\n  - {property: tier, value: bronze}\n  - {property: alignment, value: x}\n")
                .file("mesh-rules.yaml", """
                        layering:
                          property: tier
                          order: [bronze, silver, gold]
                        """);
        // The dashboard (bronze) reads the orders (gold): a later layer.
        assertThat(mesh.findings("MESH-GRAPH-003"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("`marketing.dashboard` (bronze) reads `sales.orders.out` "
                                + "from `sales.orders` (gold); a bronze product may read only bronze products"));
        assertThat(mesh.findings("MESH-CONFIG-001")).isEmpty();
    }

    @Test
    void aKindThePolicyDoesNotKnowIsReportedAndAMistakeInThePolicyIsAConfigurationFinding() {
        TestMesh mesh = mesh("customProperties:\n  - {property: alignment, value: golden}\n", "")
                .file("mesh-rules.yaml", "layering:\n  order: [raw, raw]\n");

        assertThat(mesh.findings("MESH-GRAPH-003"))
                .singleElement()
                .satisfies(
                        finding -> assertThat(finding.message())
                                .isEqualTo(
                                        "`sales.orders` says its kind is 'golden', which the "
                                                + "layering policy does not know; the kinds are source-aligned, aggregate, consumer-aligned"));
        assertThat(mesh.findings("MESH-CONFIG-001"))
                .singleElement()
                .satisfies(finding ->
                        assertThat(finding.message()).isEqualTo("`layering.order` names a kind twice: raw, raw"));
    }
}
