package io.github.meshplugin.report;

import static io.github.meshplugin.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.result.MeshResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What GitHub code scanning needs from the SARIF file to show each finding as an alert on its line. */
class SarifReportTest {

    private final SarifReport report = new SarifReport();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void describesTheToolAndEveryRuleOfTheCatalogue() throws Exception {
        MeshResult result = ReportFixtures.broken();
        JsonNode sarif = json.readTree(report.write(result, ""));

        assertThat(sarif.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("mesh-maven-plugin");
        assertThat(driver.has("informationUri")).isFalse();

        List<RuleInfo> catalogue = result.rules().catalogue();
        JsonNode rules = driver.path("rules");
        assertThat(rules).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleInfo rule = catalogue.get(i);
            JsonNode node = rules.get(i);
            assertThat(node.path("id").asText()).isEqualTo(rule.id());
            assertThat(node.path("name").asText()).matches("[A-Z][A-Za-z0-9]*");
            assertThat(node.at("/shortDescription/text").asText()).isEqualTo(rule.title());
            assertThat(node.at("/fullDescription/text").asText()).isEqualTo(rule.rationale());
            assertThat(node.at("/help/text").asText()).isEqualTo(rule.fix());
            assertThat(node.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
        }
        JsonNode yamlRule = rules.get(indexOf(catalogue, "MESH-YAML-001"));
        assertThat(yamlRule.path("name").asText()).isEqualTo("YAMLSyntaxError");
        assertThat(yamlRule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void everyResultPointsAtItsRuleAndCarriesTheFix() throws Exception {
        MeshResult result = ReportFixtures.broken();
        JsonNode sarif = json.readTree(report.write(result, ""));

        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(result.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode node = results.get(i);
            Finding finding = result.findings().get(i);
            assertThat(rules.get(node.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(node.path("ruleId").asText())
                    .isEqualTo(finding.ruleId());
            assertThat(node.path("level").asText()).isEqualTo(SarifReport.level(finding.severity()));
            assertThat(node.at("/message/text").asText())
                    .startsWith(finding.message())
                    .contains(" Fix: ");
            assertThat(node.at("/locations/0/physicalLocation/artifactLocation/uriBaseId")
                            .asText())
                    .isEqualTo("%SRCROOT%");
        }
    }

    @Test
    void theYamlSyntaxErrorIsOnItsFileLineAndColumnUnderThePathPrefix() throws Exception {
        MeshResult result = ReportFixtures.broken();

        JsonNode atRoot = yamlSyntaxLocation(json.readTree(report.write(result, "")));
        JsonNode inFolder = yamlSyntaxLocation(json.readTree(report.write(result, "sample-mesh/")));

        assertThat(atRoot.at("/artifactLocation/uri").asText()).isEqualTo("domains/beta/b1/syntax.odcs.yaml");
        assertThat(inFolder.at("/artifactLocation/uri").asText())
                .isEqualTo("sample-mesh/domains/beta/b1/syntax.odcs.yaml");
        assertThat(atRoot.at("/region/startLine").asInt()).isEqualTo(6);
        assertThat(atRoot.at("/region/startColumn").asInt()).isEqualTo(4);
    }

    @Test
    void aFindingOnAWholeFileHasNoRegion() throws Exception {
        List<Finding> findings = List.of(finding("X-1", Severity.INFO, "a b/c#d.yaml", 0, 0, null, "m", null));

        JsonNode result = json.readTree(report.write(List.of(), findings, "")).at("/runs/0/results/0");

        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.has("region")).isFalse();
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("a%20b/c%23d.yaml");
        assertThat(result.path("level").asText()).isEqualTo("note");
        assertThat(result.at("/message/text").asText()).isEqualTo("m");
        JsonNode stubRule = json.readTree(report.write(List.of(), findings, "")).at("/runs/0/tool/driver/rules/0");
        assertThat(stubRule.path("id").asText()).isEqualTo("X-1");
        assertThat(stubRule.at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(result.path("ruleIndex").asInt()).isZero();
    }

    @Test
    void fingerprintsAreStableAcrossLineMovesAndDistinctForRepeatedFindings() throws Exception {
        Finding first = finding("R-1", Severity.ERROR, "f.yaml", 3, 1, null, "same", "h");
        Finding moved = finding("R-1", Severity.ERROR, "f.yaml", 9, 1, null, "same", "h");
        Finding other = finding("R-1", Severity.ERROR, "f.yaml", 3, 1, null, "different", "h");

        String before = fingerprint(json.readTree(report.write(List.of(), List.of(first), "")), 0);
        String after = fingerprint(json.readTree(report.write(List.of(), List.of(moved), "")), 0);
        JsonNode repeated = json.readTree(report.write(List.of(), List.of(first, moved, other), ""));

        assertThat(before).isEqualTo(after).endsWith(":1");
        assertThat(fingerprint(repeated, 1))
                .isNotEqualTo(fingerprint(repeated, 0))
                .endsWith(":2");
        assertThat(fingerprint(repeated, 2)).isNotEqualTo(before);

        JsonNode broken = json.readTree(report.write(ReportFixtures.broken(), ""));
        Set<String> all = new HashSet<>();
        broken.at("/runs/0/results")
                .forEach(r -> all.add(r.at("/partialFingerprints").toString()));
        assertThat(all).hasSize(broken.at("/runs/0/results").size());
    }

    @Test
    void twoRunsGiveIdenticalPrettyPrintedBytes() {
        byte[] first = report.write(ReportFixtures.broken(), "sample-mesh/");
        byte[] second =
                report.write(MeshBuild.defaults().run(Path.of("src/test/resources/meshes/broken")), "sample-mesh/");

        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void pascalCaseKeepsInnerCapitals() {
        assertThat(SarifReport.pascalCase("Unknown apiVersion or kind")).isEqualTo("UnknownApiVersionOrKind");
        assertThat(SarifReport.pascalCase("File or folder outside the mesh layout"))
                .isEqualTo("FileOrFolderOutsideTheMeshLayout");
    }

    private static JsonNode yamlSyntaxLocation(JsonNode sarif) {
        List<JsonNode> matches = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> {
            if (r.path("ruleId").asText().equals("MESH-YAML-001")) {
                matches.add(r.at("/locations/0/physicalLocation"));
            }
        });
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    private static String fingerprint(JsonNode sarif, int result) {
        return sarif.at("/runs/0/results/" + result + "/partialFingerprints/"
                        + escapePointer(SarifReport.FINGERPRINT_KEY))
                .asText();
    }

    private static String escapePointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " is not in the catalogue");
    }
}
