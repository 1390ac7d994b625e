package io.github.meshplugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one mesh's catalog at once: each succeeds or stops with a clear message; the site stays whole. */
class ConcurrentBuildsTest {

    @TempDir
    Path temp;

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void twoSiteBuildsAtOnceNeverBreakEachOtherOrTheLiveSite() throws Exception {
        Path site = temp.resolve("mesh-site");
        BuildSettings settings =
                BuildSettings.of(Path.of("src/test/resources/meshes/valid")).withSite(site, "Mesh");
        MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT);
        List<String> complete = files(site);
        assertThat(complete).contains("index.html", "catalog.json");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> refusals = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                // Every other round starts from no site at all, so both builds have everything to write.
                if (round % 2 == 1) {
                    deleteTree(site);
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> builds = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    builds.add(pool.submit(() -> {
                        start.await();
                        try {
                            MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT);
                            return "built";
                        } catch (BuildException refused) {
                            return refused.getMessage();
                        }
                    }));
                }
                start.countDown();
                for (Future<String> build : builds) {
                    String outcome = build.get(120, TimeUnit.SECONDS);
                    if (!outcome.equals("built")) {
                        assertThat(outcome)
                                .startsWith("another build of this mesh is running (pid "
                                        + ProcessHandle.current().pid() + ")");
                        refusals.add(outcome);
                    }
                }
                assertThat(builds)
                        .as("round %d: at least one build wrote the site", round)
                        .anySatisfy(build -> {
                            assertThat(build.get()).isEqualTo("built");
                        });
                assertThat(files(site))
                        .as("round %d: the live site is complete", round)
                        .isEqualTo(complete);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
