package io.github.meshplugin.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MESH-REF-004; the older reference rules are covered by BrokenMeshTest. */
class ReferenceRulesTest {

    @TempDir
    Path dir;

    private TestMesh mesh(String ports) {
        return new TestMesh(dir).team("checkout").file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                status: draft
                team: {name: checkout}
                """ + ports);
    }

    @Test
    void aProductWithNoOutputPortIsReported() {
        TestMesh mesh = mesh("""
                inputPorts:
                  - {name: raw, version: 1.0.0, contractId: sales.raw.orders}
                """);

        assertThat(mesh.findings("MESH-REF-004")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.source().location()).isEqualTo("domains/sales/orders/orders.odps.yaml:1:1");
            assertThat(finding.message())
                    .isEqualTo("product `sales.orders` has no output port, so it publishes "
                            + "no contract and nobody can consume it");
            assertThat(finding.hint()).contains("outputPorts:");
        });
    }

    @Test
    void anEmptyListOfOutputPortsIsNoOutputPort() {
        assertThat(mesh("outputPorts: []\n").findings("MESH-REF-004")).hasSize(1);
    }

    @Test
    void aProductWithAnOutputPortIsFine() {
        TestMesh mesh = mesh("""
                outputPorts:
                  - {name: lines, version: 1.0.0, contractId: sales.orders.lines}
                """);

        assertThat(mesh.findings("MESH-REF-004")).isEmpty();
    }
}
