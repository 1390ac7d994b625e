package io.github.meshplugin.rules.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team reference that matches no file under teams/ (MESH-OWN-002), from a product or from a domain. */
class OwnershipRulesTest {

    @TempDir
    Path dir;

    private TestMesh mesh(String productTeam, String domainOwner) {
        return new TestMesh(dir)
                .team("checkout")
                .file("domains/sales/domain.yaml", "name: Sales\nowner: " + domainOwner + "\n")
                .file("domains/sales/orders/orders.odps.yaml", """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.orders
                        status: draft
                        team:
                          name: %s
                        """.formatted(productTeam));
    }

    @Test
    void aProductTeamAndADomainOwnerThatNameNoTeamFileAreReportedWhereTheyAreNamed() {
        assertThat(mesh("Payments Crew", "nobody").findings("MESH-OWN-002"))
                .extracting(Finding::severity, f -> f.source().location(), Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/orders.odps.yaml:6:9",
                                "product `sales.orders` is owned by team "
                                        + "`Payments Crew`, which has no file teams/payments-crew.yaml"),
                        tuple(
                                Severity.WARNING,
                                "domains/sales/domain.yaml:1:1",
                                "domain `sales` names owner `nobody`, which has no file teams/nobody.yaml"));
    }

    @Test
    void aMisspeltTeamGetsTheDeclaredOneSuggested() {
        assertThat(mesh("chekout", "checkout").findings("MESH-OWN-002"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.source().location()).isEqualTo("domains/sales/orders/orders.odps.yaml:6:9");
                    assertThat(finding.message())
                            .isEqualTo("product `sales.orders` is owned by team `chekout`, which has no file "
                                    + "teams/chekout.yaml (did you mean `checkout`?)");
                    assertThat(finding.hint()).isEqualTo("Write `checkout`, the team declared in teams/checkout.yaml.");
                });
    }

    @Test
    void aMeshWithoutATeamsFolderNamesItsTeamsInTheDescriptorsWithoutWarnings(@TempDir Path other) {
        TestMesh mesh = new TestMesh(other)
                .file("domains/sales/domain.yaml", "name: Sales\nowner: sales-crew\n")
                .file("domains/sales/orders/orders.odps.yaml", """
                        apiVersion: v1.0.0
                        kind: DataProduct
                        id: sales.orders
                        status: draft
                        team:
                          name: Payments Crew
                        """);
        assertThat(mesh.findings("MESH-OWN-002")).isEmpty();
    }

    @Test
    void teamsNamedByFileNameOrByDisplayNameAreDeclared() {
        assertThat(mesh("checkout", "checkout").findings("MESH-OWN-002")).isEmpty();
        assertThat(mesh("Checkout Squad", "checkout")
                        .file("teams/checkout.yaml", "id: checkout\nname: Checkout Squad\n")
                        .findings("MESH-OWN-002"))
                .isEmpty();
    }
}
