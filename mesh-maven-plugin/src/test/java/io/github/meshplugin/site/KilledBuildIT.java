package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildCache;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog build (the same entry {@code mesh:site} calls, in a process of its own) killed with SIGKILL at random
 * moments, twenty times, never leaves a half-written or missing site: the folder always holds one complete catalog, the previous one or the new one, byte for byte. Nor damaged
 * caches (product folders, schema findings, layouts, pages): the next build's site is still right, byte for byte,
 * and it finds every layout it kept.
 */
class KilledBuildIT {

    private static final int KILLS = 20;
    private static final int MAX_ATTEMPTS = 4 * KILLS;

    @TempDir
    Path work;

    @Test
    void aBuildKilledAtAnyMomentLeavesACompleteSite() throws Exception {
        Path meshA = work.resolve("mesh-a");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), meshA);
        Path meshB = work.resolve("mesh-b");
        TestFiles.copyTree(meshA, meshB);
        Path readme = meshB.resolve("domains/shop/orders/README.md");
        Files.writeString(readme, Files.readString(readme) + "\nA paragraph only the second mesh has.\n");

        Map<String, String> siteA = TestFiles.digests(renderInProcess(meshA, "reference-a"));
        Map<String, String> siteB = TestFiles.digests(renderInProcess(meshB, "reference-b"));
        assertThat(siteA).isNotEqualTo(siteB);

        Path site = work.resolve("mesh-site");
        long fullRunNanos = runToCompletion(meshA, site);
        assertThat(TestFiles.digests(site)).isEqualTo(siteA);

        Random random = new Random(20261125L);
        int interrupted = 0;
        // A random moment may fall after the build has finished (the machine is busy or fast); such attempts
        // still check the site but do not count, so exactly KILLS kills land on a running build.
        for (int attempt = 0; interrupted < KILLS && attempt < MAX_ATTEMPTS; attempt++) {
            Path mesh = attempt % 2 == 0 ? meshB : meshA;
            Map<String, String> before = TestFiles.digests(site);
            Process build = start(mesh, site);
            long delayMillis = (long) (random.nextDouble() * fullRunNanos / 1_000_000.0);
            build.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            boolean killedWhileRunning = build.isAlive();
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            interrupted += killedWhileRunning ? 1 : 0;

            Map<String, String> after = TestFiles.digests(site);
            assertThat(after)
                    .as("site after kill attempt %d at %d ms", attempt, delayMillis)
                    .satisfiesAnyOf(
                            state -> assertThat(state).isEqualTo(before),
                            state -> assertThat(state).isEqualTo(mesh == meshA ? siteA : siteB));
        }
        assertThat(interrupted).as("kills that hit a running build").isEqualTo(KILLS);

        runToCompletion(meshB, site);
        assertThat(TestFiles.digests(site)).isEqualTo(siteB);
        try (Stream<Path> leftovers = Files.list(cache())) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .as("the stores of a catalog build, and nothing half written")
                    .containsExactlyInAnyOrderElementsOf(Stream.of(BuildCache.Store.values())
                            .filter(store -> store != BuildCache.Store.VALIDATE_OUTCOME)
                            .map(BuildCache.Store::file)
                            .toList());
        }
        try (Stream<Path> leftovers = Files.list(work)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".staging") || name.endsWith(".previous"));
        }
        List<String> said = new ArrayList<>();
        MeshBuild.run(settings(meshB, work.resolve("check-site")), Goal.SITE, (level, text) -> said.add(text));
        assertThat(said)
                .as("the kept layouts lack no picture")
                .anyMatch(line -> line.matches("0 graph pictures laid out, [1-9][0-9,]* reused from the layout cache"));
    }

    /** As {@code mesh:site} builds the catalog of {@code mesh} into {@code site}, in this process. */
    private Path renderInProcess(Path mesh, String name) {
        Path site = work.resolve(name);
        MeshBuild.run(BuildSettings.of(mesh).withSite(site, "Northwind Outfitters"), Goal.SITE, BuildLog.SILENT);
        return site;
    }

    /** The settings {@link RenderSite} builds with, for a build in this process. */
    private BuildSettings settings(Path mesh, Path site) {
        return BuildSettings.of(mesh).withCache(cache(), true).withSite(site, "Northwind Outfitters");
    }

    private Path cache() {
        return work.resolve("cache");
    }

    private Process start(Path mesh, Path site) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RenderSite.class.getName(),
                        mesh.toString(),
                        site.toString(),
                        cache().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private long runToCompletion(Path mesh, Path site) throws Exception {
        long start = System.nanoTime();
        Process build = start(mesh, site);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("a build finishes").isTrue();
        assertThat(build.exitValue()).as("exit status of a full build").isZero();
        return System.nanoTime() - start;
    }
}
