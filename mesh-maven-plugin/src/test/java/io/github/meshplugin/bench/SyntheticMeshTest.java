package io.github.meshplugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's mesh is one a team could have written: it passes every rule and has the documented shape. */
class SyntheticMeshTest {

    @TempDir
    Path work;

    @Test
    void aGeneratedMeshIsValidAndHasTheDocumentedShape() {
        Path root = work.resolve("mesh");
        SyntheticMesh.Summary summary = SyntheticMesh.write(500, root, SyntheticMesh.DEFAULT_SEED);

        MeshResult result = MeshBuild.run(BuildSettings.of(root)).result();

        assertThat(result.findings()).as("findings of a generated mesh").isEmpty();
        assertThat(result.mesh().products()).hasSize(500);
        assertThat(result.mesh().domains()).hasSize(10);
        assertThat(result.mesh().teams()).hasSize(25);
        assertThat(result.graph().edges()).hasSize(summary.edges());
        assertThat(result.analysis().cycles().cycles()).isEmpty();
        assertThat(summary.edges()).isBetween(1000, 1300);
        assertThat((double) summary.crossDomainEdges() / summary.edges()).isBetween(0.25, 0.40);
        assertThat(result.mesh().contracts())
                .allSatisfy(contract -> assertThat(propertyCount(contract)).isBetween(10, 30));
        assertThat(result.mesh().contracts().stream()
                        .mapToLong(SyntheticMeshTest::personalDataCount)
                        .sum())
                .isGreaterThan(100);
        int mostConsumers = result.graph().products().stream()
                .mapToInt(product -> result.graph().consumersOf(product).size())
                .max()
                .orElse(0);
        assertThat(mostConsumers).as("consumers of the most popular product").isGreaterThan(20);
    }

    /**
     * Many real meshes name things by URN and keep no teams folder (teams are named in the descriptors): the
     * default rules then have nothing to warn about in a mesh whose files are all valid.
     */
    @Test
    void aValidMeshWithUrnIdsAndNoTeamsFolderGetsNoWarning() throws IOException {
        Path root = work.resolve("urn-mesh");
        SyntheticMesh.write(1000, root, SyntheticMesh.DEFAULT_SEED);
        try (Stream<Path> teams = Files.list(root.resolve("teams"))) {
            for (Path team : teams.toList()) {
                Files.delete(team);
            }
        }
        Files.delete(root.resolve("teams"));
        Pattern id = Pattern.compile("(?m)^(\\s*(?:- )?(?:id|contractId): )(\\S+)$");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                Files.writeString(
                        file,
                        id.matcher(text)
                                .replaceAll(m ->
                                        m.group(1) + "urn:acme:" + m.group(2).replace('.', ':')));
            }
        }

        MeshResult result = MeshBuild.run(BuildSettings.of(root)).result();

        assertThat(result.mesh().products()).hasSize(1000);
        assertThat(result.mesh().products())
                .allSatisfy(product -> assertThat(product.id()).startsWith("urn:acme:"));
        assertThat(result.graph().edges()).isNotEmpty();
        assertThat(result.mesh().teams()).isNotEmpty();
        assertThat(result.findings())
                .as("findings of a valid URN mesh without teams/")
                .isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        SyntheticMesh.write(120, work.resolve("a"), 7);
        SyntheticMesh.write(120, work.resolve("b"), 7);
        SyntheticMesh.write(120, work.resolve("c"), 8);

        assertThat(TestFiles.digests(work.resolve("a")))
                .isEqualTo(TestFiles.digests(work.resolve("b")))
                .isNotEqualTo(TestFiles.digests(work.resolve("c")));
    }

    private static int propertyCount(Contract contract) {
        return contract.schema().stream()
                .mapToInt(object -> object.properties().size())
                .sum();
    }

    private static long personalDataCount(Contract contract) {
        return contract.schema().stream()
                .flatMap(object -> object.properties().stream())
                .filter(Property::pii)
                .count();
    }
}
