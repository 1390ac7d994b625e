package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.read.schema.Standard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official ODCS and ODPS example (copied with their licence under src/test/resources/standards) reads
 * without a crash, and what the plugin reports on each is pinned here: the examples are the standards' own
 * definition of valid input, so findings on them are either real departures from the schema or our bugs.
 */
class StandardExamplesTest {

    private static final Path STANDARDS = Path.of("src/test/resources/standards");

    /**
     * Findings on the official examples, as "rule@line". Four examples use free-text statuses ("development",
     * "production", "in development") that ODCS allows but the catalog cannot badge: a warning, not an error.
     *
     * <p>Four examples are invalid under the official schema of the apiVersion they declare, and each is valid
     * under the next version's schema: they were written for the newer standard and never had their apiVersion
     * raised. The errors listed for them are the official schema's own verdict, one finding per mistake.
     */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("odcs/examples/all/full-example.odcs.yaml", List.of()),
            Map.entry("odcs/examples/all/postgresql-adventureworks-contract.odcs.yaml", List.of()),
            // Declares v3.0.2 but is written in 3.1: 3.0.2 knows no `timestamp` and `time` logical types, and its
            // exclusiveMinimum/exclusiveMaximum are true-or-false flags, not bounds.
            Map.entry(
                    "odcs/examples/data-types/all-data-types.odcs.yaml",
                    List.of(
                            "MESH-SCHEMA-002@25",
                            "MESH-SCHEMA-005@30",
                            "MESH-SCHEMA-005@37",
                            "MESH-SCHEMA-005@46",
                            "MESH-SCHEMA-002@63")),
            Map.entry("odcs/examples/fundamentals/table-column-description.odcs.yaml", List.of()),
            Map.entry("odcs/examples/quality/column-accuracy.odcs.yaml", List.of()),
            // Declares v3.0.2 but names the quality metric `metric`, as 3.1 does; a 3.0.2 library rule needs `rule`.
            Map.entry("odcs/examples/quality/column-completeness.odcs.yaml", List.of("MESH-SCHEMA-001@23")),
            Map.entry("odcs/examples/quality/column-custom.odcs.yaml", List.of()),
            Map.entry("odcs/examples/quality/column-validity.odcs.yaml", List.of()),
            Map.entry("odcs/examples/roles/service-and-operational-roles.odcs.yaml", List.of()),
            Map.entry("odcs/examples/schema/all-schema-types.odcs.yaml", List.of()),
            Map.entry("odcs/examples/schema/kafka-schema.odcs.yaml", List.of("MESH-SCHEMA-004@4")),
            Map.entry("odcs/examples/schema/kafka-schemaregistry.odcs.yaml", List.of("MESH-SCHEMA-004@4")),
            Map.entry("odcs/examples/schema/table-column.odcs.yaml", List.of()),
            Map.entry("odcs/examples/schema/table-columns-with-partition.odcs.yaml", List.of()),
            Map.entry("odcs/examples/server/azure-server.odcs.yaml", List.of("MESH-SCHEMA-004@5")),
            Map.entry("odcs/examples/server/kafka-server.odcs.yaml", List.of("MESH-SCHEMA-004@5")),
            Map.entry("odcs/examples/sla/database-table-sla.odcs.yaml", List.of()),
            // Declares v3.0.2 but writes `team` as the 3.1 map; in 3.0.2 it is a list of members (SOURCES.md).
            Map.entry("odcs/examples/stakeholders/basic-four-dpo.odcs.yaml", List.of("MESH-SCHEMA-002@10")),
            // Declares v0.9.0 but is written for v1.0.0: ports with tags, customProperties and
            // authoritativeDefinitions, an authoritative definition of type `kafka_topic`, and `team` as a map,
            // none of which 0.9.0 allows.
            Map.entry(
                    "odps/examples/customer-data-product.odps.yaml",
                    List.of(
                            "MESH-SCHEMA-006@30",
                            "MESH-SCHEMA-006@31",
                            "MESH-SCHEMA-006@34",
                            "MESH-SCHEMA-006@49",
                            "MESH-SCHEMA-006@50",
                            "MESH-SCHEMA-006@53",
                            "MESH-SCHEMA-005@87",
                            "MESH-SCHEMA-002@103")),
            Map.entry("odps/examples/simple-data-product.odps.yaml", List.of()),
            Map.entry("odps/examples/v1.1.0/deprecated-data-product.odps.yaml", List.of()),
            Map.entry("odps/examples/v1.1.0/simple-data-product.odps.yaml", List.of()));

    static Stream<Arguments> examples() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARDS)) {
            return files
                    .filter(f ->
                            f.toString().endsWith(".odcs.yaml") || f.toString().endsWith(".odps.yaml"))
                    .map(f -> STANDARDS.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .map(Arguments::of)
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyOfficialExampleReadsAndReportsExactlyWhatIsExpected(String example) throws IOException {
        assertThat(EXPECTED)
                .as("every example in the folder has an expectation here")
                .containsKey(example);
        List<Finding> findings = new ArrayList<>();
        String text = Files.readString(STANDARDS.resolve(example), StandardCharsets.UTF_8);
        YamlNode.Mapping root = (YamlNode.Mapping)
                new YamlTreeReader(10_000_000).read(text, example, findings).orElseThrow();

        // As the mesh reader reads them: the readers, and the official schema of the declared apiVersion.
        if (example.endsWith(".odcs.yaml")) {
            Contract contract = MeshReader.checked(
                    root,
                    Standard.ODCS,
                    findings,
                    found -> new OdcsReader(PiiPolicy.DEFAULT).read(root, "fallback", found));
            assertThat(contract.id()).isNotEqualTo("fallback");
        } else {
            DataProduct product = MeshReader.checked(
                            root,
                            Standard.ODPS,
                            findings,
                            found -> new OdpsReader().read(root, "fallback", "folder", "domain", null, found))
                    .product();
            assertThat(product.id()).isNotEqualTo("fallback");
        }

        assertThat(findings)
                .extracting(f -> f.ruleId() + "@" + f.source().line() + ": " + f.message())
                .map(line -> line.substring(0, line.indexOf(':')))
                .as(findings.stream().map(Finding::oneLine).toList().toString())
                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(example));
    }

    @Test
    void theFullExampleKeepsEveryObjectPropertyRuleAndSlaWithItsLine() throws IOException {
        String example = "odcs/examples/all/full-example.odcs.yaml";
        List<Finding> findings = new ArrayList<>();
        YamlNode.Mapping root = (YamlNode.Mapping) new YamlTreeReader(10_000_000)
                .read(Files.readString(STANDARDS.resolve(example)), example, findings)
                .orElseThrow();

        Contract contract = new OdcsReader(PiiPolicy.DEFAULT).read(root, "fallback", findings);

        assertThat(contract.id()).isEqualTo("53581432-6c55-4ba2-a65f-72344a91553a");
        assertThat(contract.schema()).extracting(o -> o.name()).containsExactly("tbl", "receivers");
        assertThat(contract.schema().get(0).source().line()).isEqualTo(37);
        assertThat(contract.teamName()).isEqualTo("my-team");
        assertThat(contract.slaProperties()).extracting(s -> s.property()).startsWith("latency", "generalAvailability");
        assertThat(contract.slaProperties().get(0).unit()).isEqualTo("d");
        assertThat(contract.schema().get(0).quality())
                .singleElement()
                .satisfies(q -> assertThat(q.expectation()).isEqualTo("> 1000000"));
        assertThat(contract.allProperties()).extracting(p -> p.name()).contains("rcvr_cntry_code", "receiver_name");
    }
}
