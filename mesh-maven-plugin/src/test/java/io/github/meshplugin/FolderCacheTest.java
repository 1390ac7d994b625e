package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps what each product folder gave, and the next build parses only the folders whose files changed;
 * the model and the findings are the same as a build without the cache gives, whatever came from it.
 */
class FolderCacheTest {

    private static final Path SAMPLE = Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));
    private static final Path BROKEN = Path.of("src/test/resources/meshes/broken");

    @TempDir
    Path temp;

    private record Build(MeshResult result, String read) {}

    private static Build build(Path mesh, Path cache, boolean recall) {
        List<String> read = new ArrayList<>();
        MeshResult result = MeshBuild.defaults().withCache(cache, recall).run(mesh, (stage, outcome, nanos) -> {
            if (stage.equals("read")) {
                read.add(outcome);
            }
        });
        return new Build(result, String.join("\n", read));
    }

    private static int folders(Build build) {
        var matcher =
                Pattern.compile("([0-9,]+) unchanged product folders? taken").matcher(build.read());
        return matcher.find() ? Integer.parseInt(matcher.group(1).replace(",", "")) : 0;
    }

    private Path copy(Path mesh) throws IOException {
        Path copy = temp.resolve(mesh.getFileName() + "-copy");
        TestFiles.copyTree(mesh, copy);
        return copy;
    }

    private static void assertSameAsWithoutCache(Build build, Path mesh) {
        MeshResult uncached = MeshBuild.defaults().run(mesh);
        assertThat(build.result().mesh().products()).isEqualTo(uncached.mesh().products());
        assertThat(build.result().mesh().contracts()).isEqualTo(uncached.mesh().contracts());
        assertThat(build.result().mesh().teams()).isEqualTo(uncached.mesh().teams());
        assertThat(build.result().mesh().domains()).isEqualTo(uncached.mesh().domains());
        assertThat(build.result().findings()).isEqualTo(uncached.findings());
    }

    @Test
    void anUnchangedMeshIsNotParsedAgainAndReadsTheSame() throws IOException {
        for (Path source : List.of(SAMPLE, BROKEN)) {
            Path mesh = copy(source);
            Path cache = temp.resolve(source.getFileName() + "-cache");
            Build cold = build(mesh, cache, true);
            assertThat(folders(cold)).isZero();

            Build warm = build(mesh, cache, true);
            assertThat(folders(warm)).as("every product folder of %s", source).isPositive();
            assertSameAsWithoutCache(warm, mesh);
        }
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Path mesh = copy(SAMPLE);
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        int all = folders(build(mesh, cache, true));

        Path contract = mesh.resolve("domains/customer/consents/marketing-consents.odcs.yaml");
        Files.writeString(
                contract,
                Files.readString(contract)
                        .replace("Legal basis for direct marketing", "The legal basis for direct marketing"));
        Build changed = build(mesh, cache, true);

        assertThat(folders(changed)).isEqualTo(all - 1);
        assertThat(changed.result()
                        .mesh()
                        .contract("customer.consents.marketing-consents")
                        .orElseThrow()
                        .purpose())
                .startsWith("The legal basis for direct marketing");
        assertSameAsWithoutCache(changed, mesh);
    }

    @Test
    void aFolderWithASymbolicLinkIsAlwaysRead() throws IOException {
        Path mesh = copy(SAMPLE);
        Path cache = temp.resolve("cache");
        Path folder = mesh.resolve("domains/customer/consents");
        Files.createSymbolicLink(folder.resolve("notes.md"), folder.resolve("README.md"));
        build(mesh, cache, true);
        int all = folders(build(mesh, cache, true));
        Files.delete(folder.resolve("notes.md"));
        build(mesh, cache, true);

        assertThat(folders(build(mesh, cache, true)))
                .as("the same mesh without the link")
                .isEqualTo(all + 1);
    }

    @Test
    void aDamagedCacheOrAForcedFullBuildReadsEverything() throws IOException {
        Path mesh = copy(SAMPLE);
        Path cache = temp.resolve("cache");
        build(mesh, cache, true);
        assertThat(folders(build(mesh, cache, false))).isZero();
        assertThat(folders(build(mesh, cache, true)))
                .as("the forced build kept its folders")
                .isPositive();

        Files.writeString(cache.resolve(MeshBuild.FOLDER_CACHE_FILE), "{\"identity\": \"x\", \"folders\": {\"a\": tr");
        Build afterDamage = build(mesh, cache, true);
        assertThat(folders(afterDamage)).isZero();
        assertSameAsWithoutCache(afterDamage, mesh);
    }
}
