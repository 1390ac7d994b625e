package io.github.meshplugin.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.rules.Models;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamingRulesTest {

    @TempDir
    Path dir;

    private TestMesh mesh(String productId, String contractId) {
        return new TestMesh(dir)
                .team("checkout")
                .file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                status: draft
                team: {name: checkout}
                outputPorts:
                  - {name: lines, version: 1.0.0, contractId: '%s'}
                """.formatted(productId, contractId))
                .file("domains/sales/orders/lines.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: '%s'
                version: 1.0.0
                status: active
                """.formatted(contractId));
    }

    @Test
    void idsOutsideTheDefaultPatternAreReportedWithALowerCaseSuggestion() {
        List<Finding> findings =
                mesh("Sales_Orders", "sales.orders.Order Lines").findings("MESH-NAME-001");

        assertThat(findings)
                .extracting(Finding::severity, f -> f.source().location(), Finding::message, Finding::hint)
                .containsExactlyInAnyOrder(
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/orders.odps.yaml:1:1",
                                "product id `Sales_Orders` does not follow the default naming convention (lower-case "
                                        + "words separated by dots or hyphens, a URN (`urn:<namespace>:<name>`) or a UUID)",
                                "Rename the product to `sales-orders` and update every reference to it."),
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/lines.odcs.yaml:1:1",
                                "contract id `sales.orders.Order Lines` does not follow the default naming convention "
                                        + "(lower-case words separated by dots or hyphens, a URN (`urn:<namespace>:<name>`) "
                                        + "or a UUID)",
                                "Rename the contract to `sales.orders.order-lines` and update every reference to it."));
    }

    @Test
    void dottedLowerCaseIdsAndUuidsFollowTheDefaultPattern() {
        assertThat(mesh("sales.orders", "sales.orders.order-lines-v2").findings("MESH-NAME-001"))
                .isEmpty();
        assertThat(mesh("sales.orders", "53581432-6c55-4ba2-a65f-72344a91553a").findings("MESH-NAME-001"))
                .isEmpty();
        assertThat(mesh("urn:acme:sales:orders", "urn:acme:sales:orders:order-lines:v2")
                        .findings("MESH-NAME-001"))
                .isEmpty();
        assertThat(mesh("sales.orders", "6AEAFDC1-ED62-4C8F-BF0A-DA1061C98CDB").findings("MESH-NAME-001"))
                .isEmpty();
    }

    @Test
    void aMeshCanAdoptItsOwnPattern() {
        IdsFollowNamingPattern rule = new IdsFollowNamingPattern(Pattern.compile("[a-z]+(\\.[a-z]+)+"));
        var products = List.of(
                Models.product("sales.orders", Status.ACTIVE, "1.0.0", List.of(), List.of()),
                Models.product("sales.order-lines", Status.ACTIVE, "1.0.0", List.of(), List.of()));

        assertThat(Models.check(rule, products, List.of())).singleElement().satisfies(finding -> {
            assertThat(finding.message())
                    .isEqualTo("product id `sales.order-lines` does not match the naming "
                            + "pattern `[a-z]+(\\.[a-z]+)+`");
            assertThat(finding.hint())
                    .isEqualTo("Rename the product so its id matches `[a-z]+(\\.[a-z]+)+`, and "
                            + "update every reference to it.");
        });
        assertThat(Models.check(new IdsFollowNamingPattern(), products, List.of()))
                .isEmpty();
    }
}
