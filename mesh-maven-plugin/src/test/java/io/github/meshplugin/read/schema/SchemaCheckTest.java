package io.github.meshplugin.read.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of message the official schemas give, pinned word for word and position for position. */
class SchemaCheckTest {

    private static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: shop.orders
            version: 1.0.0
            status: active
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: string
                  - name: placed_at
                    logicalType: timestamp
                  - name: total
                    logicalType: number
                  - name: currency
                    logicalType: string
            """;

    private static List<Finding> check(String yaml, Standard standard) {
        List<Finding> findings = new ArrayList<>();
        Optional<YamlNode> read = new YamlTreeReader(1_000_000).read(yaml, "file.yaml", findings);
        if (read.isEmpty()) {
            // The reader already gave the file's one finding (a syntax error or an expansion past its budget).
            return findings;
        }
        YamlNode.Mapping root = (YamlNode.Mapping) read.get();
        String apiVersion = ((YamlNode.Scalar) root.get("apiVersion")).text();
        findings.addAll(SchemaCheck.bundled().check(root, standard, apiVersion));
        return findings;
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream()
                .map(f ->
                        f.ruleId() + "@" + f.source().line() + ":" + f.source().column() + " " + f.message())
                .toList();
    }

    @Test
    void theUntouchedContractIsValid() {
        assertThat(check(CONTRACT, Standard.ODCS)).isEmpty();
    }

    @Test
    void aMisspelledEnumValueGivesOneFindingAtTheValueWithTheClosestAllowedValue() {
        List<Finding> findings = check(
                CONTRACT.replace("currency\n        logicalType: string", "currency\n        logicalType: strng"),
                Standard.ODCS);

        assertThat(lines(findings))
                .containsExactly("MESH-SCHEMA-005@16:22 `schema[0].properties[3].logicalType`: "
                        + "'strng' is not one of string, date, timestamp, time, number, integer, object, array, boolean "
                        + "(did you mean 'string'?)");
        assertThat(findings.get(0).hint()).isEqualTo("Write `logicalType: string`.");
    }

    @Test
    void anEnumValueFarFromEveryAllowedOneGetsNoGuess() {
        assertThat(lines(check(CONTRACT.replace("logicalType: number", "logicalType: money"), Standard.ODCS)))
                .containsExactly("MESH-SCHEMA-005@14:22 `schema[0].properties[2].logicalType`: 'money' is not one "
                        + "of string, date, timestamp, time, number, integer, object, array, boolean");
    }

    @Test
    void anUnknownFieldIsReportedAtItsKeyWithTheFieldItWasMeantToBe() {
        List<Finding> findings = check(CONTRACT.replace("logicalType: number", "logicalTyp: number"), Standard.ODCS);

        assertThat(lines(findings))
                .containsExactly("MESH-SCHEMA-006@14:9 `schema[0].properties[2]` has a field "
                        + "`logicalTyp` the standard does not define (did you mean `logicalType`?)");
        assertThat(findings.get(0).hint()).isEqualTo("Rename `logicalTyp` to `logicalType`.");
    }

    @Test
    void anUnknownTopLevelFieldWithoutAnyLikelyMeaningPointsToCustomProperties() {
        List<Finding> findings = check(CONTRACT + "costCentre: 4711\n", Standard.ODCS);

        assertThat(lines(findings))
                .containsExactly(
                        "MESH-SCHEMA-006@17:1 the top level has a field `costCentre` the standard does not define");
        assertThat(findings.get(0).hint())
                .isEqualTo("Remove `costCentre`, or keep your own information under `customProperties`.");
    }

    @Test
    void aVersionThreeOneTeamMapInAFileDeclaringThreeZeroTwoIsInvalid() {
        String team = """
                team:
                  name: checkout-squad
                  members:
                    - username: alice
                """;
        String threeOne = CONTRACT.replace("logicalType: timestamp", "logicalType: date") + team;

        assertThat(check(threeOne, Standard.ODCS)).isEmpty();
        List<Finding> findings = check(threeOne.replace("v3.1.0", "v3.0.2"), Standard.ODCS);
        assertThat(lines(findings))
                .containsExactly("MESH-SCHEMA-002@18:3 `team` should be a list of members in ODCS v3.0.2 but is a "
                        + "map; a map with `name` and `members` is the ODCS v3.1.0 form");
        assertThat(findings.get(0).hint())
                .isEqualTo("Either declare `apiVersion: v3.1.0`, whose `team` is this map, or write `team` as a list "
                        + "of members (`- username: <user>`), as ODCS v3.0.2 defines it.");
    }

    @Test
    void aValueNoAlternativeAcceptsGetsOneFindingNamingEveryAcceptedType() {
        assertThat(lines(check(CONTRACT + "team: checkout-squad\n", Standard.ODCS)))
                .containsExactly("MESH-SCHEMA-002@17:7 `team` should be a map or a list but is a string");
    }

    @Test
    void aTypoInsideTheMeantAlternativeIsBlamedOnItAloneNotOnTheOthers() {
        String team = """
                team:
                  name: checkout-squad
                  members:
                    - usrname: alice
                """;
        assertThat(lines(check(CONTRACT + team, Standard.ODCS)))
                .as("not also: `username` is missing")
                .containsExactly("MESH-SCHEMA-006@20:7 `team.members[0]` has a field `usrname` the standard does "
                        + "not define (did you mean `username`?)");
    }

    @Test
    void aMissingRequiredFieldUsesTheWordsOfTheShapeChecks() {
        List<Finding> findings = check(CONTRACT.replace("version: 1.0.0\n", ""), Standard.ODCS);

        assertThat(lines(findings)).containsExactly("MESH-SCHEMA-001@1:1 `version` is required by ODCS but is missing");
        assertThat(findings.get(0).hint()).isEqualTo("Add `version: <value>` at the top level.");
    }

    @Test
    void aWrongTypeUsesTheWordsOfTheShapeChecks() {
        List<Finding> findings = check("""
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.bad
                status: active
                tags: not-a-list
                inputPorts:
                  name: should-be-a-list
                """, Standard.ODPS);

        assertThat(lines(findings))
                .containsExactly(
                        "MESH-SCHEMA-002@5:7 `tags` should be a list but is a string",
                        "MESH-SCHEMA-002@7:3 `inputPorts` should be a list but is a map");
    }

    @Test
    void twoOperatorsOnOneQualityRuleBreakAConstraintNamedInTheFieldsPeopleWrote() {
        String quality = """
                    quality:
                      - type: library
                        metric: rowCount
                        mustBe: 1
                        mustNotBe: 0
                """;
        List<Finding> findings =
                check(CONTRACT.replace("    properties:\n", quality + "    properties:\n"), Standard.ODCS);

        assertThat(lines(findings))
                .containsExactly("MESH-SCHEMA-007@9:9 `schema[0].quality[0]`: has `mustBe` and "
                        + "`mustNotBe`, but ODCS allows only one of them");
    }

    @Test
    void aQualityRuleWithoutAnOperatorNeedsOneOfThem() {
        String quality = """
                    quality:
                      - type: library
                        metric: rowCount
                """;
        List<Finding> findings =
                check(CONTRACT.replace("    properties:\n", quality + "    properties:\n"), Standard.ODCS);

        assertThat(lines(findings))
                .singleElement()
                .asString()
                .startsWith("MESH-SCHEMA-001@9:9 `schema[0].quality[0]` needs one of `mustBe`, `mustNotBe`, ");
    }

    @Test
    void aNumberWhereTheStandardWantsTextIsReportedWithTheYamlTypes() {
        assertThat(lines(check(CONTRACT.replace("version: 1.0.0", "version: 1.0"), Standard.ODCS)))
                .containsExactly("MESH-SCHEMA-002@4:10 `version` should be a string but is a number");
        assertThat(check(CONTRACT.replace("version: 1.0.0", "version: \"1.0\""), Standard.ODCS))
                .isEmpty();
    }

    @Test
    void aFileWhoseAliasesExpandBeyondReasonIsNotExpandedForTheCheck() {
        StringBuilder yaml = new StringBuilder(CONTRACT).append("customProperties:\n  - property: bomb\n    value:\n");
        yaml.append("      a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'h'; level++) {
            yaml.append("      ")
                    .append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(("*" + (char) (level - 1) + ", ").repeat(9))
                    .append('*')
                    .append((char) (level - 1))
                    .append("]\n");
        }
        List<Finding> findings = check(yaml.toString(), Standard.ODCS);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("MESH-YAML-003");
    }

    @Test
    void anApiVersionWithoutAnOfficialSchemaIsLeftToTheReaders() {
        assertThat(SchemaCheck.bundled().supports(Standard.ODCS, "v2.2.2")).isFalse();
        assertThat(SchemaCheck.bundled().supports(Standard.ODCS, "v3.0.0")).isTrue();
        assertThat(SchemaCheck.bundled().supports(Standard.ODPS, "v3.1.0")).isFalse();
        assertThat(check(CONTRACT.replace("v3.1.0", "v2.2.2"), Standard.ODCS)).isEmpty();
    }

    @Test
    void aMissingIdIsReportedOnceNotByBothTheSchemaAndTheReader(@TempDir Path mesh) throws IOException {
        Path folder = Files.createDirectories(mesh.resolve("domains/shop/orders"));
        Files.writeString(folder.resolve("orders.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                status: active
                outputPorts:
                  - name: orders
                    version: 1.0.0
                    contractId: shop.orders
                """);
        Files.writeString(folder.resolve("orders.odcs.yaml"), CONTRACT.replace("id: shop.orders\n", ""));

        List<Finding> findings =
                new MeshReader(ReadOptions.defaults()).read(mesh).findings();

        assertThat(lines(findings))
                .containsExactlyInAnyOrder(
                        "MESH-SCHEMA-001@1:1 `id` is required by ODPS but is missing",
                        "MESH-SCHEMA-001@1:1 `id` is required by ODCS but is missing");
    }

    @Test
    void theBundledSchemasAreTheOfficialOnesByteForByte() throws IOException {
        Path standards = Path.of("src/test/resources/standards");
        for (String schema : List.of(
                "odcs/odcs-json-schema-v3.0.2.json",
                "odcs/odcs-json-schema-v3.1.0.json",
                "odps/odps-json-schema-v0.9.0.json",
                "odps/odps-json-schema-v1.0.0.json",
                "odps/odps-json-schema-v1.1.0.json")) {
            String folder = schema.substring(0, schema.indexOf('/'));
            byte[] official = Files.readAllBytes(standards.resolve(folder + "/schema/" + schema.substring(5)));
            try (var bundled = SchemaCheck.class.getClassLoader().getResourceAsStream("mesh/schemas/" + schema)) {
                assertThat(bundled).as(schema).isNotNull();
                assertThat(bundled.readAllBytes()).as(schema).isEqualTo(official);
            }
        }
        for (String licence :
                List.of("mesh/schemas/odcs/LICENSE", "mesh/schemas/odps/LICENSE", "mesh/schemas/SOURCES.md")) {
            assertThat(SchemaCheck.class.getClassLoader().getResource(licence))
                    .as(licence)
                    .isNotNull();
        }
    }

    @Test
    void everyApiVersionTheReadersAcceptHasItsSchemaInTheJar() {
        for (String version : List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0")) {
            assertThat(OfficialSchemas.bundled().forApiVersion(Standard.ODCS, version))
                    .as(version)
                    .isNotNull();
        }
        for (String version : List.of("v0.9.0", "v1.0.0", "v1.1.0")) {
            assertThat(OfficialSchemas.bundled().forApiVersion(Standard.ODPS, version))
                    .as(version)
                    .isNotNull();
        }
    }

    @Test
    void aReferenceThatWouldNeedTheNetworkIsRefusedInsteadOfFetched() throws IOException {
        var remote = new ObjectMapper().readTree("""
                {"$schema": "https://json-schema.org/draft/2019-09/schema",
                 "properties": {"owner": {"$ref": "https://example.com/schemas/owner.json"}}}
                """);

        Assertions.assertThatThrownBy(() -> OfficialSchemas.bundled()
                        .compile("classpath:mesh/schemas/remote-test.json", remote)
                        .validate(new ObjectMapper().readTree("{\"owner\": 1}")))
                .hasMessageContaining("https://example.com/schemas/owner.json")
                .hasMessageContaining("not allowed to be loaded");
    }
}
