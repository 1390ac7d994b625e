package io.github.meshplugin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform team governs the mesh with mesh-rules.yaml and the POM, without writing Java. */
class RulePolicyTest {

    @TempDir
    Path mesh;

    /** A product without an owner (MESH-OWN-001, an error) and without a `costCentre` custom property. */
    @BeforeEach
    void aMeshWithAnUnownedProduct() throws IOException {
        Path folder = Files.createDirectories(mesh.resolve("domains/sales/orders"));
        Files.writeString(folder.resolve("orders.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                name: orders
                status: draft
                tags: [sales]
                """);
    }

    private MeshResult build(String policy) throws IOException {
        Files.writeString(mesh.resolve("mesh-rules.yaml"), policy);
        return MeshBuild.defaults().run(mesh);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + ":" + f.severity().label())
                .toList();
    }

    @Test
    void aRuleCanBeMadeMilderOrTurnedOff() throws IOException {
        assertThat(rules(build("rules:\n  MESH-OWN-001: warning\n").findings()))
                .contains("MESH-OWN-001:warning")
                .doesNotContain("MESH-OWN-001:error");
        assertThat(rules(build("rules:\n  MESH-OWN-001: off\n").findings()))
                .noneMatch(rule -> rule.startsWith("MESH-OWN-001"));
    }

    @Test
    void aSuppressionSilencesOneRuleForOneProductAndKeepsTheReasonVisible() throws IOException {
        MeshResult result = build("""
                suppressions:
                  - rule: MESH-OWN-001
                    product: sales.orders
                    reason: Team is being hired; owner from 1 March.
                """);

        assertThat(rules(result.findings())).noneMatch(rule -> rule.startsWith("MESH-OWN-001"));
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("MESH-OWN-001");
            assertThat(s.suppression().reason()).isEqualTo("Team is being hired; owner from 1 March.");
            assertThat(s.suppression().source().location()).isEqualTo("mesh-rules.yaml:2:5");
        });
    }

    @Test
    void aSuppressionWithoutAReasonIsRefusedAtItsLine() throws IOException {
        MeshResult result = build("""
                suppressions:
                  - rule: MESH-OWN-001
                    product: sales.orders
                """);

        assertThat(result.suppressed()).isEmpty();
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-CONFIG-001"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().location()).isEqualTo("mesh-rules.yaml:2:5");
                    assertThat(f.message()).contains("without a `reason`");
                });
    }

    @Test
    void policiesThatNameUnknownRulesOrProductsOrLevelsAreReported() throws IOException {
        MeshResult result = build("""
                rules:
                  MESH-NOPE-999: error
                  MESH-OWN-001: sometimes
                suppressions:
                  - {rule: MESH-OWN-001, product: sales.nothing, reason: typo}
                """);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-CONFIG-001"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "the policy sets a severity for rule `MESH-NOPE-999`, which does not exist",
                        "`rules.MESH-OWN-001` is 'sometimes'; it must be one of error, warning, info, off",
                        "a suppression of MESH-OWN-001 names `sales.nothing`, which is no product or contract of "
                                + "this mesh");
    }

    @Test
    void customRulesCheckCustomPropertiesTagsAndFieldPatternsAndAppearInTheCatalogue() throws IOException {
        MeshResult result = build("""
                custom:
                  - id: ACME-COST-001
                    title: Products name their cost centre
                    appliesTo: product
                    requireCustomProperty: costCentre
                  - id: ACME-TAG-001
                    title: Products are tagged with their domain
                    severity: error
                    appliesTo: product
                    requireTag: finance
                  - id: ACME-NAME-001
                    title: Product names are capitalised
                    appliesTo: product
                    field: name
                    pattern: "[A-Z].*"
                """);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().startsWith("ACME-"))
                .extracting(f -> f.ruleId() + " " + f.severity().label() + " " + f.message())
                .containsExactlyInAnyOrder(
                        "ACME-COST-001 warning product `sales.orders` has no custom property `costCentre`",
                        "ACME-TAG-001 error product `sales.orders` is not tagged `finance`",
                        "ACME-NAME-001 warning product `sales.orders`: `name` is 'orders', which does not match "
                                + "[A-Z].*");
        assertThat(result.rules().catalogue())
                .extracting(r -> r.id())
                .contains("ACME-COST-001", "ACME-TAG-001", "ACME-NAME-001");
    }

    @Test
    void thePomPolicyOverridesTheMeshPolicy() throws IOException {
        Files.writeString(mesh.resolve("mesh-rules.yaml"), "rules:\n  MESH-OWN-001: off\n");
        RulePolicy pom = new RulePolicy(Map.of("MESH-OWN-001", "warning"), List.of(), List.of());

        MeshResult result = new MeshBuild(ReadOptions.defaults(), RuleSet.defaults(), pom).run(mesh);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-OWN-001"))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }
}
