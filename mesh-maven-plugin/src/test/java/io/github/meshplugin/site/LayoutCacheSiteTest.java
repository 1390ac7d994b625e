package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private Path cacheFile;

    @BeforeEach
    void mesh() {
        mesh = work.resolve("mesh");
        SyntheticMesh.write(PRODUCTS, mesh, SyntheticMesh.DEFAULT_SEED);
        cacheFile = work.resolve("cache/layouts.bin");
    }

    private LayoutCache.Stats build(Path site, boolean cached) throws IOException {
        MeshResult result = MeshBuild.defaults().run(mesh);
        LayoutCache cache = cached ? LayoutCache.open(cacheFile) : null;
        CatalogView view =
                new CatalogViewBuilder(result, "Synthetic").layoutCache(cache).build();
        new SiteRenderer(Theme.standard()).render(view, result, site);
        if (cache == null) {
            return null;
        }
        cache.save();
        return cache.stats();
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
