package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildCache;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.LayoutCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog built with layouts kept from an earlier build is the catalog a build from scratch writes. */
class LayoutCacheSiteTest {

    private static final int PRODUCTS = 150;

    @TempDir
    Path work;

    private Path mesh;
    private Path cache;

    @BeforeEach
    void mesh() {
        mesh = work.resolve("mesh");
        SyntheticMesh.write(PRODUCTS, mesh, SyntheticMesh.DEFAULT_SEED);
        cache = work.resolve("cache");
    }

    /**
     * Builds the catalog as {@code mesh:site} does, with the cache or without one, and returns how the layouts were
     * found. The last build's outcome is forgotten first, as a build with unchanged inputs would repeat it whole.
     */
    private LayoutCache.Stats build(Path site, boolean cached) throws IOException {
        Files.deleteIfExists(cache.resolve(BuildCache.Store.SITE_OUTCOME.file()));
        List<String> said = new ArrayList<>();
        MeshBuild.run(
                BuildSettings.of(mesh).withCache(cached ? cache : null, true).withSite(site, "Synthetic"),
                Goal.SITE,
                (level, text) -> said.add(text));
        Pattern stats = Pattern.compile("([0-9,]+) graph pictures? laid out, ([0-9,]+) reused from the layout cache");
        return said.stream()
                .map(stats::matcher)
                .filter(Matcher::matches)
                .map(found -> new LayoutCache.Stats(number(found.group(2)), number(found.group(1))))
                .findFirst()
                .orElse(null);
    }

    private static int number(String text) {
        return Integer.parseInt(text.replace(",", ""));
    }

    @Test
    void aSecondBuildLaysNothingOutAndWritesTheSameBytes() throws IOException {
        build(work.resolve("fresh"), false);
        LayoutCache.Stats first = build(work.resolve("first"), true);
        LayoutCache.Stats second = build(work.resolve("second"), true);

        assertThat(first.hits()).isZero();
        assertThat(first.misses())
                .as("the domain pictures and the map; a product's neighbourhood is placed directly, never kept")
                .isPositive()
                .isLessThan(PRODUCTS);
        assertThat(second).isEqualTo(new LayoutCache.Stats(first.misses(), 0));
        var fresh = TestFiles.digests(work.resolve("fresh"));
        assertThat(TestFiles.digests(work.resolve("first"))).isEqualTo(fresh);
        assertThat(TestFiles.digests(work.resolve("second")))
                .as("pages drawn from kept layouts")
                .isEqualTo(fresh);
    }

    @Test
    void aChangedContractLaysOutNothingAndARenamedProductOnlyThePicturesThatShowIt() throws IOException {
        LayoutCache.Stats first = build(work.resolve("first"), true);

        Path contract = file(".odcs.yaml");
        Files.writeString(contract, Files.readString(contract) + "\n# owned upstream, see the product's README\n");
        LayoutCache.Stats afterContract = build(work.resolve("second"), true);
        assertThat(afterContract).isEqualTo(new LayoutCache.Stats(first.misses(), 0));

        Path product = file(".odps.yaml");
        String text = Files.readString(product);
        Files.writeString(product, text.replaceFirst("(?m)^name: .*$", "name: A much longer name for this product"));
        LayoutCache.Stats afterRename = build(work.resolve("third"), true);
        assertThat(afterRename.misses())
                .as("only the pictures that show the renamed product")
                .isLessThan(first.misses());
        assertThat(afterRename.hits() + afterRename.misses()).isEqualTo(first.misses());

        build(work.resolve("fresh"), false);
        assertThat(TestFiles.digests(work.resolve("third"))).isEqualTo(TestFiles.digests(work.resolve("fresh")));
    }

    private Path file(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(mesh.resolve("domains"))) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}
