package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.bench.SyntheticMesh;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages, search shards and exports are written on several threads: on a mesh large enough for them to overlap,
 * two builds of the same input still give the same files, byte for byte.
 */
class ReproducibleSiteIT {

    @TempDir
    Path work;

    @Test
    void twoBuildsOfALargeMeshWriteTheSameBytes() throws IOException {
        Path mesh = work.resolve("mesh");
        SyntheticMesh.write(600, mesh, SyntheticMesh.DEFAULT_SEED);

        SiteFixture.render(mesh, work.resolve("first"));
        SiteFixture.render(mesh, work.resolve("second"));

        Map<String, String> first = TestFiles.digests(work.resolve("first"));
        assertThat(first).hasSizeGreaterThan(2000);
        assertThat(TestFiles.digests(work.resolve("second")))
                .as("the second build's files and their bytes")
                .isEqualTo(first);
    }
}
