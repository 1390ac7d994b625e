package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mistakes whose findings used to mislead (src/test/resources/meshes/teaching): each now gets one finding at
 * the line and column of the offending value, saying what is allowed or what was meant, and nothing that merely
 * follows from it.
 */
class MessagesThatTeachTest {

    static MeshResult result;

    @BeforeAll
    static void readTheMesh() {
        result = MeshBuild.run(BuildSettings.of(Path.of("src/test/resources/meshes/teaching")))
                .result();
    }

    @Test
    void anEmptyValueIsNullAsYamlDefinesIt() {
        assertThat(at("domains/shop/returns/returns.odps.yaml", 3, 4))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.ruleId()).isEqualTo("MESH-SCHEMA-001");
                    assertThat(finding.message())
                            .isEqualTo("`id` has no value (YAML reads an empty value as null), but ODPS needs a "
                                    + "string here");
                });
        assertThat(at("domains/shop/orders/orders.odcs.yaml", 5, 8))
                .extracting(Finding::message)
                .containsExactly(
                        "`status` has no value (YAML reads an empty value as null), but ODCS needs a " + "string here");
        assertThat(at("domains/shop/orders/orders.odcs.yaml", 11, 18))
                .extracting(Finding::message)
                .containsExactly("`schema[0].properties[0].required` has no value (YAML reads an empty value as "
                        + "null), but ODCS needs true or false here");
        assertThat(at("domains/shop/orders/orders.odcs.yaml", 18, 19))
                .extracting(Finding::message)
                .containsExactly("`schema[0].properties[1].logicalTypeOptions.maximum` has no value (YAML reads an "
                        + "empty value as null), but ODCS needs a number here");
        assertThat(result.findings())
                .noneSatisfy(finding -> assertThat(finding.message()).contains("but is a string"));
    }

    @Test
    void aContractWithASyntaxErrorSaysSoInPlainWordsAndNothingElse() {
        assertThat(at("domains/shop/orders/broken.odcs.yaml", 8, 4))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.ruleId()).isEqualTo("MESH-YAML-001");
                    assertThat(finding.message())
                            .isEqualTo("YAML syntax error: this line is not indented like the lines it belongs "
                                    + "with: entries of one map or list start in the same column");
                });
        assertThat(result.findings())
                .noneSatisfy(finding -> assertThat(finding.message()).containsAnyOf("<block", "expected", "found '"))
                .noneSatisfy(finding -> assertThat(finding.message()).contains("shop.orders.broken"));
    }

    @Test
    void shortExtensionsAreRead() {
        assertThat(result.mesh().product("shop.carts")).isPresent();
        assertThat(result.mesh().contract("shop.carts.carts")).isPresent();
        assertThat(result.findings())
                .noneSatisfy(finding -> assertThat(finding.ruleId()).isEqualTo("MESH-LAYOUT-001"));
    }

    @Test
    void aDanglingContractIdSuggestsTheNearestAndPointsAtItsLine() {
        assertThat(at("domains/shop/carts/carts.odps.yml", 11, 17))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.ruleId()).isEqualTo("MESH-REF-001");
                    assertThat(finding.message())
                            .isEqualTo("input port `orders` of `shop.carts` reads contract `shop.orders.order`, "
                                    + "which no product publishes (did you mean `shop.orders.orders`?)");
                    assertThat(finding.hint())
                            .isEqualTo("Write `contractId: shop.orders.orders`, the contract shop.orders publishes.");
                });
    }

    @Test
    void aTeamTypoSuggestsTheDeclaredTeamAtItsLine() {
        assertThat(at("domains/shop/orders/orders.odps.yaml", 9, 9))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.ruleId()).isEqualTo("MESH-OWN-002");
                    assertThat(finding.message()).endsWith("(did you mean `shop-team`?)");
                    assertThat(finding.hint())
                            .isEqualTo("Write `shop-team`, the team declared in teams/shop-team.yaml.");
                });
    }

    @Test
    void aMissingStatusListsTheAllowedValues() {
        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/shop/returns/returns.odps.yaml"))
                .filteredOn(f -> f.message().startsWith("`status`"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("`status` is required by ODPS but is missing (allowed: proposed, draft, active, "
                                + "deprecated, retired)"));
    }

    @Test
    void aShortMustBeBetweenIsAProblemOfMustBeBetween() {
        assertThat(at("domains/shop/orders/orders.odcs.yaml", 14, 28))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("`schema[0].properties[0].quality[0].mustBeBetween`: must have at least 2 items "
                                + "but found 1"));
        assertThat(result.findings())
                .noneSatisfy(finding -> assertThat(finding.message()).contains("mustBe` is required"));
    }

    @Test
    void aVersionThreeZeroContractWithTheNewTeamMapHearsOfBothFixes() {
        assertThat(at("domains/shop/returns/returns.odcs.yaml", 7, 3))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message())
                            .isEqualTo("`team` should be a list of members in ODCS v3.0.2 but is a map; a map with "
                                    + "`name` and `members` is the ODCS v3.1.0 form");
                    assertThat(finding.hint()).startsWith("Either declare `apiVersion: v3.1.0`");
                });
    }

    @Test
    void aMissingSlaPointsAtTheContractWhereTheFixBelongs() {
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-SLA-001"))
                .extracting(f -> f.source().location())
                .containsExactlyInAnyOrder(
                        "domains/shop/orders/orders.odcs.yaml:1:1", "domains/shop/carts/carts.odcs.yml:1:1");
    }

    @Test
    void urnAndUuidIdsFollowTheDefaultConvention() {
        assertThat(result.mesh().product("urn:shop:legacy")).isPresent();
        assertThat(result.findings())
                .noneSatisfy(finding -> assertThat(finding.ruleId()).isEqualTo("MESH-NAME-001"));
    }

    private static List<Finding> at(String file, int line, int column) {
        return result.findings().stream()
                .filter(f -> f.source().file().equals(file)
                        && f.source().line() == line
                        && f.source().column() == column)
                .toList();
    }
}
