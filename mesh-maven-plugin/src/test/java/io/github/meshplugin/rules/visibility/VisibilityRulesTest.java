package io.github.meshplugin.rules.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisibilityRulesTest {

    private static final String CROSS_DOMAIN_CONSUMER = "domains/finance/revenue/revenue.odps.yaml";
    private static final String PREFIX = "input port `staging` of `finance.revenue` (domain `finance`) reads "
            + "contract `sales.orders.staging` of `sales.orders`, which is internal to domain `sales` ";

    @TempDir
    Path dir;

    /**
     * sales.orders publishes `lines` and `staging`; finance.revenue (another domain) reads both, sales.returns
     * (the same domain) reads `staging`.
     */
    private TestMesh mesh(String productExtra, String stagingContractExtra) {
        return new TestMesh(dir)
                .team("checkout")
                .team("finance")
                .file("domains/sales/orders/orders.odps.yaml", """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.orders
                        status: active
                        team: {name: checkout}
                        outputPorts:
                          - {name: lines, version: 1.0.0, contractId: sales.orders.lines}
                          - {name: staging, version: 1.0.0, contractId: sales.orders.staging}
                        """ + productExtra)
                .file("domains/sales/orders/lines.odcs.yaml", contract("sales.orders.lines", ""))
                .file("domains/sales/orders/staging.odcs.yaml", contract("sales.orders.staging", stagingContractExtra))
                .file(CROSS_DOMAIN_CONSUMER, """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: finance.revenue
                        status: active
                        team: {name: finance}
                        inputPorts:
                          - {name: staging, version: 1.0.0, contractId: sales.orders.staging}
                          - {name: lines, version: 1.0.0, contractId: sales.orders.lines}
                        """)
                .file("domains/sales/returns/returns.odps.yaml", """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.returns
                        status: active
                        team: {name: checkout}
                        inputPorts:
                          - {name: staging, version: 1.0.0, contractId: sales.orders.staging}
                        """);
    }

    private static String contract(String id, String extra) {
        return """
                apiVersion: v3.1.0
                kind: DataContract
                id: %s
                version: 1.0.0
                status: active
                """.formatted(id) + extra;
    }

    @Test
    void aPortListedInTheProductsInternalPortsCannotBeReadFromAnotherDomain() {
        TestMesh mesh = mesh("customProperties:\n  - {property: internalPorts, value: [staging]}\n", "");

        assertThat(mesh.findings("MESH-VIS-001")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.source().location()).isEqualTo(CROSS_DOMAIN_CONSUMER + ":7:5");
            assertThat(finding.subject()).isEqualTo("finance.revenue");
            assertThat(finding.message())
                    .isEqualTo(PREFIX + "(output port `staging` is listed in `internalPorts` of `sales.orders`)");
            assertThat(finding.hint())
                    .isEqualTo("Read a public output port of `sales.orders`, or ask its team to "
                            + "publish `sales.orders.staging` for other domains.");
        });
    }

    @Test
    void aContractTaggedInternalCannotBeReadFromAnotherDomain() {
        assertThat(mesh("", "tags: [staging, Internal]\n").findings("MESH-VIS-001"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.source().location()).isEqualTo(CROSS_DOMAIN_CONSUMER + ":7:5");
                    assertThat(finding.message()).isEqualTo(PREFIX + "(the contract is tagged `internal`)");
                });
    }

    @Test
    void aContractWithVisibilityInternalCannotBeReadFromAnotherDomain() {
        String visibility = "customProperties:\n  - property: visibility\n    value: internal\n";

        assertThat(mesh("", visibility).findings("MESH-VIS-001"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo(PREFIX + "(the contract has custom property `visibility: internal`)"));
    }

    @Test
    void publicPortsAreOpenToEveryDomainAndInternalOnesToTheirOwn() {
        assertThat(mesh("", "").findings("MESH-VIS-001")).isEmpty();
        assertThat(mesh(
                                "customProperties:\n  - {property: internalPorts, value: 'archive, lines-v0'}\n",
                                "customProperties:\n  - {property: visibility, value: public}\n")
                        .findings("MESH-VIS-001"))
                .isEmpty();
    }
}
