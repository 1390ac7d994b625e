package io.github.meshplugin.rules.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentationRulesTest {

    @TempDir
    Path dir;

    private TestMesh mesh(String status, String description) {
        return new TestMesh(dir).team("checkout").file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                name: Orders
                version: 1.0.0
                status: %s
                team: {name: checkout}
                %s
                """.formatted(
                        status, description));
    }

    @Test
    void anActiveProductWithoutAPurposeIsReportedAtItsDescriptor() {
        assertThat(mesh("active", "description: {usage: Join on order_id.}").findings("MESH-DOC-001"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.source().location()).isEqualTo("domains/sales/orders/orders.odps.yaml:1:1");
                    assertThat(finding.subject()).isEqualTo("sales.orders");
                    assertThat(finding.message())
                            .isEqualTo("active product `sales.orders` has no "
                                    + "`description.purpose`; the catalog cannot tell consumers what it is for");
                    assertThat(finding.hint()).contains("purpose:");
                });
    }

    @Test
    void anActiveProductWithNoDescriptionAtAllIsReportedToo() {
        assertThat(mesh("active", "").findings("MESH-DOC-001")).hasSize(1);
    }

    @Test
    void anActiveProductWithAPurposeAndAProductNotYetActiveAreFine() {
        assertThat(mesh("active", "description: {purpose: Every order placed.}").findings("MESH-DOC-001"))
                .isEmpty();
        assertThat(mesh("draft", "").findings("MESH-DOC-001")).isEmpty();
    }
}
