package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog build killed with SIGKILL at random moments, twenty times, never leaves a half-written or missing
 * site: the folder always holds one complete catalog, the previous one or the new one, byte for byte.
 */
class KilledBuildIT {

    private static final int KILLS = 20;
    private static final int MAX_ATTEMPTS = 4 * KILLS;

    @TempDir
    Path work;

    @Test
    void aBuildKilledAtAnyMomentLeavesACompleteSite() throws Exception {
        Path meshA = work.resolve("mesh-a");
        copyTree(Path.of("src/test/resources/meshes/valid"), meshA);
        Path meshB = work.resolve("mesh-b");
        copyTree(meshA, meshB);
        Path readme = meshB.resolve("domains/shop/orders/README.md");
        Files.writeString(readme, Files.readString(readme) + "\nA paragraph only the second mesh has.\n");

        Map<String, String> siteA = snapshot(renderInProcess(meshA, "reference-a"));
        Map<String, String> siteB = snapshot(renderInProcess(meshB, "reference-b"));
        assertThat(siteA).isNotEqualTo(siteB);

        Path site = work.resolve("mesh-site");
        long fullRunNanos = runToCompletion(meshA, site);
        assertThat(snapshot(site)).isEqualTo(siteA);

        Random random = new Random(20261125L);
        int interrupted = 0;
        // A random moment may fall after the build has finished (the machine is busy or fast); such attempts
        // still check the site but do not count, so exactly KILLS kills land on a running build.
        for (int attempt = 0; interrupted < KILLS && attempt < MAX_ATTEMPTS; attempt++) {
            Path mesh = attempt % 2 == 0 ? meshB : meshA;
            Map<String, String> before = snapshot(site);
            Process build = start(mesh, site);
            long delayMillis = (long) (random.nextDouble() * fullRunNanos / 1_000_000.0);
            build.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            boolean killedWhileRunning = build.isAlive();
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            interrupted += killedWhileRunning ? 1 : 0;

            Map<String, String> after = snapshot(site);
            assertThat(after)
                    .as("site after kill attempt %d at %d ms", attempt, delayMillis)
                    .satisfiesAnyOf(
                            state -> assertThat(state).isEqualTo(before),
                            state -> assertThat(state).isEqualTo(mesh == meshA ? siteA : siteB));
        }
        assertThat(interrupted).as("kills that hit a running build").isEqualTo(KILLS);

        runToCompletion(meshB, site);
        assertThat(snapshot(site)).isEqualTo(siteB);
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

    private static Process start(Path mesh, Path site) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RenderSite.class.getName(),
                mesh.toString(), site.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long runToCompletion(Path mesh, Path site) throws Exception {
        long start = System.nanoTime();
        Process build = start(mesh, site);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("a build finishes").isTrue();
        assertThat(build.exitValue()).as("exit status of a full build").isZero();
        return System.nanoTime() - start;
    }

    /** Every file of the site with a digest of its content, keyed by relative path. */
    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }
}
