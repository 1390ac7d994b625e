package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.bench.SyntheticMesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages, search shards and exports are written on several threads: on a mesh large enough for them to overlap,
 * two builds of the same input still give the same files, byte for byte.
 */
class ReproducibleSiteTest {

    @TempDir
    Path work;

    @Test
    void twoBuildsOfALargeMeshWriteTheSameBytes() throws IOException {
        Path mesh = work.resolve("mesh");
        SyntheticMesh.write(600, mesh, SyntheticMesh.DEFAULT_SEED);

        SiteFixture.render(mesh, work.resolve("first"));
        SiteFixture.render(mesh, work.resolve("second"));

        Map<String, byte[]> first = files(work.resolve("first"));
        Map<String, byte[]> second = files(work.resolve("second"));
        assertThat(second.keySet()).isEqualTo(first.keySet()).hasSizeGreaterThan(2000);
        assertThat(first.keySet()).allSatisfy(path -> assertThat(Arrays.equals(first.get(path), second.get(path)))
                .as("%s is the same in both builds", path).isTrue());
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
