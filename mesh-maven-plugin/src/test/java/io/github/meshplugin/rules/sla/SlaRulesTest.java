package io.github.meshplugin.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaRulesTest {

    @TempDir
    Path dir;

    private TestMesh mesh(String status, String linesSla) {
        return new TestMesh(dir)
                .team("checkout")
                .file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                status: %s
                team: {name: checkout}
                outputPorts:
                  - {name: lines, version: 1.0.0, contractId: sales.orders.lines}
                  - {name: events, version: 1.0.0, contractId: sales.orders.events}
                """.formatted(status))
                .file("domains/sales/orders/lines.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: sales.orders.lines
                version: 1.0.0
                status: active
                """ + linesSla)
                .file("domains/sales/orders/events.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: sales.orders.events
                version: 1.0.0
                status: active
                """);
    }

    @Test
    void anActiveProductWhoseContractsPromiseNothingIsReportedAtTheContractToFix() {
        assertThat(mesh("active", "").findings("MESH-SLA-001")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.source().location()).isEqualTo("domains/sales/orders/lines.odcs.yaml:1:1");
            assertThat(finding.message())
                    .isEqualTo(
                            "active product `sales.orders` declares no SLA: none of the "
                                    + "contracts it publishes (`sales.orders.lines`, `sales.orders.events`) has `slaProperties`");
            assertThat(finding.hint()).startsWith("Add `slaProperties:` to domains/sales/orders/lines.odcs.yaml,");
        });
    }

    @Test
    void oneSlaPropertyInAnyPublishedContractIsEnough() {
        String sla = """
                slaProperties:
                  - property: latency
                    value: 4
                    unit: h
                """;

        assertThat(mesh("active", sla).findings("MESH-SLA-001")).isEmpty();
    }

    @Test
    void productsThatAreNotActiveAreNotHeldToAnSla() {
        assertThat(mesh("draft", "").findings("MESH-SLA-001")).isEmpty();
        assertThat(mesh("deprecated", "").findings("MESH-SLA-001")).isEmpty();
    }
}
