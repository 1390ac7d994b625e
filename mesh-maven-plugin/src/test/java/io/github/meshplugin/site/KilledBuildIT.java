package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.LayoutCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog build killed with SIGKILL at random moments, twenty times, never leaves a half-written or missing
 * site: the folder always holds one complete catalog, the previous one or the new one, byte for byte. Nor damaged
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
        LayoutCache layouts = LayoutCache.open(layoutCache(work));
        new CatalogViewBuilder(MeshBuild.defaults().run(meshB), "Northwind Outfitters")
                .layoutCache(layouts)
                .build();
        assertThat(layouts.stats().misses())
                .as("pictures the kept layouts lack")
                .isZero();
        try (Stream<Path> leftovers = Files.list(layoutCache(work).getParent())) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "layouts.bin", "site-pages.json", MeshBuild.FOLDER_CACHE_FILE, MeshBuild.SCHEMA_CACHE_FILE);
        }
        try (Stream<Path> leftovers = Files.list(work)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".staging") || name.endsWith(".previous"));
        }
    }

    private Path renderInProcess(Path mesh, String name) throws IOException {
        Path site = work.resolve(name);
        SiteFixture.render(mesh, site);
        return site;
    }

    private static Path layoutCache(Path work) {
        return work.resolve("cache/layouts.bin");
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
                        layoutCache(work).getParent().toString())
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
