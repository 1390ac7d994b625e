package io.github.meshplugin.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleRulesTest {

    private static final String CONSUMER = "domains/finance/revenue/revenue.odps.yaml";

    @TempDir
    Path dir;

    /**
     * finance.revenue reads contract sales.legacy.extract of product sales.legacy; sales.orders publishes the
     * successor sales.orders.lines. A blank replacement leaves the custom property out.
     */
    private TestMesh mesh(
            String legacyStatus,
            String productReplacement,
            String contractStatus,
            String contractReplacement,
            String consumerStatus) {
        return new TestMesh(dir)
                .team("checkout")
                .team("finance")
                .file(
                        "domains/sales/legacy/legacy.odps.yaml",
                        """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.legacy
                        status: %s
                        team: {name: checkout}
                        outputPorts:
                          - {name: extract, version: 1.0.0, contractId: sales.legacy.extract}
                        """.formatted(legacyStatus) + replacedBy(productReplacement))
                .file(
                        "domains/sales/legacy/extract.odcs.yaml",
                        """
                        apiVersion: v3.1.0
                        kind: DataContract
                        id: sales.legacy.extract
                        version: 1.0.0
                        status: %s
                        """.formatted(contractStatus) + replacedBy(contractReplacement))
                .file("domains/sales/orders/orders.odps.yaml", """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.orders
                        status: active
                        team: {name: checkout}
                        outputPorts:
                          - {name: lines, version: 1.0.0, contractId: sales.orders.lines}
                        """)
                .file("domains/sales/orders/lines.odcs.yaml", """
                        apiVersion: v3.1.0
                        kind: DataContract
                        id: sales.orders.lines
                        version: 1.0.0
                        status: active
                        """)
                .file(CONSUMER, """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: finance.revenue
                        status: %s
                        team: {name: finance}
                        inputPorts:
                          - name: legacy-orders
                            version: 1.0.0
                            contractId: sales.legacy.extract
                        """.formatted(consumerStatus));
    }

    private static String replacedBy(String id) {
        return id.isEmpty() ? "" : "customProperties:\n  - {property: replacedBy, value: " + id + "}\n";
    }

    @Test
    void readingADeprecatedContractIsAWarningThatNamesTheReplacement() {
        TestMesh mesh = mesh("deprecated", "sales.orders", "deprecated", "sales.orders.lines", "active");

        assertThat(mesh.findings("MESH-LIFE-002")).isEmpty();
        assertThat(mesh.findings("MESH-LIFE-001")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.source().location()).isEqualTo(CONSUMER + ":7:5");
            assertThat(finding.subject()).isEqualTo("finance.revenue");
            assertThat(finding.message())
                    .isEqualTo("input port `legacy-orders` of `finance.revenue` reads contract "
                            + "`sales.legacy.extract`, which is deprecated, published by `sales.legacy`, which is "
                            + "deprecated; it is replaced by contract `sales.orders.lines` of product `sales.orders`");
            assertThat(finding.hint())
                    .isEqualTo("Set `contractId: sales.orders.lines` on input port "
                            + "`legacy-orders` once the new contract's schema is mapped.");
        });
    }

    @Test
    void readingARetiredContractIsAnError() {
        TestMesh mesh = mesh("active", "", "retired", "", "active");

        assertThat(mesh.findings("MESH-LIFE-001")).isEmpty();
        assertThat(mesh.findings("MESH-LIFE-002")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.source().location()).isEqualTo(CONSUMER + ":7:5");
            assertThat(finding.message())
                    .isEqualTo("input port `legacy-orders` of `finance.revenue` reads contract "
                            + "`sales.legacy.extract`, which is retired, published by `sales.legacy`; no replacement is "
                            + "declared (no `replacedBy` custom property)");
        });
    }

    @Test
    void aDeprecatedPublisherMakesItsContractsDeprecatedAndItsReplacementIsNamed() {
        TestMesh mesh = mesh("deprecated", "sales.orders", "active", "", "active");

        assertThat(mesh.findings("MESH-LIFE-001")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("input port `legacy-orders` of `finance.revenue` reads contract "
                            + "`sales.legacy.extract`, published by `sales.legacy`, which is deprecated; it is replaced "
                            + "by product `sales.orders`");
            assertThat(finding.hint())
                    .isEqualTo("Point input port `legacy-orders` at a contract that " + "`sales.orders` publishes.");
        });
        assertThat(mesh("retired", "", "active", "", "active").findings("MESH-LIFE-002"))
                .extracting(f -> f.severity())
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aReadThatIsBothDeprecatedAndRetiredIsReportedOnceAsRetired() {
        TestMesh mesh = mesh("retired", "sales.orders", "deprecated", "", "active");

        assertThat(mesh.findings("MESH-LIFE-001")).isEmpty();
        assertThat(mesh.findings("MESH-LIFE-002"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("which is deprecated, published by `sales.legacy`, which is retired; "
                                + "it is replaced by product `sales.orders`"));
    }

    @Test
    void aReplacementThatIsNotInTheMeshIsSaidToBeMissing() {
        TestMesh mesh = mesh("active", "", "deprecated", "sales.orders.lines-v2", "active");

        assertThat(mesh.findings("MESH-LIFE-001"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .endsWith("it is replaced by contract `sales.orders.lines-v2` (not in the mesh)"));
    }

    @Test
    void readingLiveContractsAndRetiredConsumersAreFine() {
        TestMesh live = mesh("active", "", "active", "", "active");
        assertThat(live.findings("MESH-LIFE-001")).isEmpty();
        assertThat(live.findings("MESH-LIFE-002")).isEmpty();
        TestMesh history = mesh("retired", "", "retired", "", "retired");
        assertThat(history.findings("MESH-LIFE-001")).isEmpty();
        assertThat(history.findings("MESH-LIFE-002")).isEmpty();
    }

    @Test
    void theSampleMeshesDeprecatedExtractPointsItsConsumersAtTheOrdersProduct() throws IOException {
        Path sample = Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = sample.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("target/")) {
                    new TestMesh(dir).file(relative, Files.readString(file));
                }
            }
        }
        TestMesh mesh = new TestMesh(dir).file("domains/finance/old-report/old-report.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: finance.old-report
                status: active
                team: {name: finance-insights}
                inputPorts:
                  - name: nightly-orders
                    version: 1.4.2
                    contractId: sales.legacy-order-extract.nightly-order-extract
                """);

        assertThat(mesh.findings("MESH-LIFE-001"))
                .extracting(f -> f.severity(), f -> f.message())
                .containsExactly(tuple(
                        Severity.WARNING,
                        "input port `nightly-orders` of `finance.old-report` reads contract "
                                + "`sales.legacy-order-extract.nightly-order-extract`, which is deprecated, "
                                + "published by `sales.legacy-order-extract`, which is deprecated; it is replaced "
                                + "by contract `sales.orders.order-lines` of product `sales.orders`"));
    }
}
