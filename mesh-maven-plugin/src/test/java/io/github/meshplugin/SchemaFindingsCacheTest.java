package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps each file's schema findings in the cache directory, and the next build checks only the files
 * whose content changed; what the user reads never depends on whether a finding came from the cache.
 */
class SchemaFindingsCacheTest {

    private static final Path SAMPLE = Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));
    private static final Path BROKEN = Path.of("src/test/resources/meshes/broken");
    /** A contract of the broken mesh's copy that the official schema finds fault with. */
    private static final String TYPO = "domains/alpha/a1/typo.odcs.yaml";

    @TempDir
    Path temp;

    /** One build's findings and what its read stage told the user. */
    private record Build(List<Finding> findings, String read) {}

    private static Build build(Path mesh, Path cache, boolean recall) throws IOException {
        // Unchanged product folders would come whole from the folder cache: this test is about the files' own.
        if (cache != null) {
            Files.deleteIfExists(cache.resolve(MeshBuild.FOLDER_CACHE_FILE));
        }
        List<String> read = new ArrayList<>();
        MeshResult result = MeshBuild.defaults().withCache(cache, recall).run(mesh, (stage, outcome, nanos) -> {
            if (stage.equals("read")) {
                read.add(outcome);
            }
        });
        return new Build(result.findings(), String.join("\n", read));
    }

    /** The broken mesh with one more contract, whose misspelt and mistyped fields the official schema reports. */
    private Path brokenMesh() throws IOException {
        Path copy = temp.resolve("mesh");
        TestFiles.copyTree(BROKEN, copy);
        Files.writeString(copy.resolve(TYPO), """
                apiVersion: v3.1.0
                kind: DataContract
                id: alpha.a1.typo
                version: 1.0.0
                status: active
                descripton:
                  purpose: Things, misspelt.
                schema:
                  - name: things
                    properties:
                      - name: id
                        logicalType: string
                        required: maybe
                """);
        return copy;
    }

    private Path cacheFile() {
        return temp.resolve("cache").resolve(MeshBuild.SCHEMA_CACHE_FILE);
    }

    @Test
    void theSampleMeshReadsTheSameWithAColdAndAWarmCache() throws IOException {
        assertSameWithAndWithoutCache(SAMPLE);
    }

    @Test
    void aMeshWithSchemaErrorsReadsTheSameWithAColdAndAWarmCache() throws IOException {
        Build uncached = assertSameWithAndWithoutCache(brokenMesh());
        assertThat(uncached.findings())
                .filteredOn(finding -> finding.source().file().equals(TYPO))
                .extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("descripton"))
                .anySatisfy(message -> assertThat(message).contains("required"));
    }

    private Build assertSameWithAndWithoutCache(Path mesh) throws IOException {
        Path cache = temp.resolve("cache");
        Build uncached = build(mesh, null, true);
        Build cold = build(mesh, cache, true);
        Build warm = build(mesh, cache, true);

        assertThat(cold.findings()).isEqualTo(uncached.findings());
        assertThat(warm.findings()).isEqualTo(uncached.findings());
        assertThat(cold.read()).doesNotContain("reused");
        assertThat(warm.read()).containsPattern("the schema findings of [0-9,]+ unchanged files reused");
        assertThat(Files.isRegularFile(cache.resolve(MeshBuild.SCHEMA_CACHE_FILE)))
                .isTrue();
        return uncached;
    }

    @Test
    void aChangedFileIsCheckedAgainAndTheOthersAreNot() throws IOException {
        Path mesh = brokenMesh();
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        int unchanged = reused(build(mesh, cache, true));
        assertThat(unchanged).isGreaterThan(1);

        Path contract = mesh.resolve(TYPO);
        Files.writeString(contract, Files.readString(contract) + "unknownTopLevelField: 1\n");
        Build warm = build(mesh, cache, true);

        assertThat(warm.findings()).isEqualTo(build(mesh, null, true).findings());
        assertThat(warm.findings()).anySatisfy(finding -> {
            assertThat(finding.source().file()).isEqualTo(TYPO);
            assertThat(finding.message()).contains("unknownTopLevelField");
        });
        assertThat(reused(warm)).isEqualTo(unchanged - 1);
    }

    @Test
    void aRenamedFileKeepsItsFindingsUnderItsNewPath() throws IOException {
        Path mesh = brokenMesh();
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        Files.move(mesh.resolve(TYPO), mesh.resolve("domains/alpha/a1/renamed.odcs.yaml"));

        Build warm = build(mesh, cache, true);

        assertThat(warm.findings()).isEqualTo(build(mesh, null, true).findings());
        assertThat(warm.findings())
                .noneMatch(finding -> finding.source().file().equals(TYPO))
                .anyMatch(finding -> finding.message().contains("descripton")
                        && finding.source().file().equals("domains/alpha/a1/renamed.odcs.yaml"));
        assertThat(warm.read()).contains("reused");
    }

    @Test
    void aDamagedCacheIsIgnoredAndWrittenAgain() throws IOException {
        Path cache = temp.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cacheFile(), "{\"fingerprint\": \"half a fi", StandardCharsets.UTF_8);

        Build afterDamage = build(BROKEN, cache, true);

        assertThat(afterDamage.findings()).isEqualTo(build(BROKEN, null, true).findings());
        assertThat(afterDamage.read()).doesNotContain("reused");
        assertThat(entries()).isNotEmpty();
        assertThat(build(BROKEN, cache, true).read()).contains("reused");
    }

    @Test
    void aCacheWithADamagedEntryIsIgnored() throws IOException {
        Path mesh = brokenMesh();
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(cacheFile().toFile());
        stored.withObject("/files").properties().forEach(entry -> {
            if (!entry.getValue().isEmpty()) {
                ((ObjectNode) entry.getValue().get(0)).putNull("message");
            }
        });
        new ObjectMapper().writeValue(cacheFile().toFile(), stored);

        Build rebuilt = build(mesh, cache, true);

        assertThat(rebuilt.findings()).isEqualTo(build(mesh, null, true).findings());
        assertThat(rebuilt.read()).doesNotContain("reused");
    }

    @Test
    void aCacheOfAnotherPluginBuildIsNotUsed() throws IOException {
        Path cache = temp.resolve("cache");
        build(BROKEN, cache, true);
        JsonNode stored = new ObjectMapper().readTree(cacheFile().toFile());
        ((ObjectNode) stored).put("fingerprint", "an older plugin");
        new ObjectMapper().writeValue(cacheFile().toFile(), stored);

        Build rebuilt = build(BROKEN, cache, true);

        assertThat(rebuilt.findings()).isEqualTo(build(BROKEN, null, true).findings());
        assertThat(rebuilt.read()).doesNotContain("reused");
    }

    @Test
    void findingsOfDeletedFilesAreDropped() throws IOException {
        Path mesh = brokenMesh();
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        int before = entries().size();

        Files.delete(mesh.resolve(TYPO));
        build(mesh, cache, true);

        assertThat(entries()).hasSize(before - 1);
    }

    @Test
    void aFullBuildChecksEveryFileAndRefreshesTheCache() throws IOException {
        Path cache = temp.resolve("cache");
        build(BROKEN, cache, true);
        Files.writeString(cacheFile(), "not json");

        Build full = build(BROKEN, cache, false);

        assertThat(full.read()).doesNotContain("reused");
        assertThat(full.findings()).isEqualTo(build(BROKEN, null, true).findings());
        assertThat(build(BROKEN, cache, true).read()).contains("reused");
    }

    /** How many files' schema findings the build took from the cache, as its read stage says. */
    private static int reused(Build build) {
        Matcher count = Pattern.compile("the schema findings of ([0-9,]+) unchanged files? reused")
                .matcher(build.read());
        return count.find() ? Integer.parseInt(count.group(1).replace(",", "")) : 0;
    }

    /** The files (by content) the cache holds findings for. */
    private List<String> entries() throws IOException {
        if (!Files.isRegularFile(cacheFile())) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        new ObjectMapper()
                .readTree(cacheFile().toFile())
                .path("files")
                .fieldNames()
                .forEachRemaining(keys::add);
        return keys;
    }
}
