package io.github.meshplugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue is what users read on the Rules page and what policies refer to: every entry must be complete. */
class RuleCatalogueTest {

    private final List<RuleInfo> catalogue = RuleSet.defaults().catalogue();

    @Test
    void everyRuleHasAUniqueIdInTheCataloguesForm() {
        assertThat(catalogue)
                .extracting(RuleInfo::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("MESH-[A-Z]+-\\d{3}"), "matches MESH-[A-Z]+-\\d{3}");
    }

    @Test
    void everyRuleSaysWhatItIsWhyItMattersHowToFixItAndShowsAnExample() {
        assertThat(catalogue).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.defaultSeverity()).as(rule.id() + " severity").isNotNull();
            assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
            assertThat(rule.rationale()).as(rule.id() + " rationale").isNotBlank();
            assertThat(rule.fix()).as(rule.id() + " fix").isNotBlank();
            assertThat(rule.example()).as(rule.id() + " example").isNotBlank();
        });
    }

    @Test
    void theSemanticRulesAreInTheDefaults() {
        assertThat(catalogue)
                .extracting(RuleInfo::id)
                .contains(
                        "MESH-REF-004",
                        "MESH-DOC-001",
                        "MESH-PII-001",
                        "MESH-SLA-001",
                        "MESH-LIFE-001",
                        "MESH-LIFE-002",
                        "MESH-VIS-001",
                        "MESH-NAME-001",
                        "MESH-VER-001",
                        "MESH-GRAPH-001",
                        "MESH-GRAPH-002",
                        "MESH-GRAPH-003");
    }
}
