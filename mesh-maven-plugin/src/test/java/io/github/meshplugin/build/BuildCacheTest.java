package io.github.meshplugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One failure policy for every store: a cache that cannot be used warns once and changes nothing else. */
class BuildCacheTest {

    private static final Path VALID = Path.of("src/test/resources/meshes/valid");

    @TempDir
    Path work;

    private List<String> build(Path cache) {
        List<String> said = new ArrayList<>();
        MeshBuild.run(
                BuildSettings.of(VALID).withCache(cache, true).withSite(work.resolve("site"), "Shop"),
                Goal.SITE,
                (level, text) -> said.add(level + " " + text));
        return said;
    }

    private static List<String> warnings(List<String> said) {
        return said.stream().filter(line -> line.startsWith("WARNING ")).toList();
    }

    @Test
    void damagedStoresWarnOnceAndTheSiteIsTheOneWrittenWithoutThem() throws IOException {
        Path cache = work.resolve("cache");
        build(cache);
        Path fresh = work.resolve("fresh");
        TestFiles.copyTree(work.resolve("site"), fresh);
        for (BuildCache.Store store : BuildCache.Store.values()) {
            Files.writeString(cache.resolve(store.file()), "{\"damaged");
        }

        List<String> said = build(cache);

        assertThat(warnings(said))
                .singleElement()
                .asString()
                .startsWith("WARNING Could not use the build cache in " + cache.toAbsolutePath());
        assertThat(TestFiles.digests(work.resolve("site"))).isEqualTo(TestFiles.digests(fresh));
        assertThat(warnings(build(cache)))
                .as("the next build has nothing to warn of")
                .isEmpty();
    }

    @Test
    void theTextFolderStoreOfEarlierPluginsIsRemovedWithoutAWarning() throws IOException {
        Path cache = Files.createDirectories(work.resolve("cache"));
        Path earlier = Files.writeString(cache.resolve("product-folders.json"), "{\"identity\":\"an earlier plugin\"}");

        List<String> said = build(cache);

        assertThat(warnings(said)).isEmpty();
        assertThat(earlier).doesNotExist();
        assertThat(cache.resolve(BuildCache.Store.PRODUCT_FOLDERS.file())).isNotEmptyFile();
    }

    @Test
    void aCacheFolderThatCannotBeMadeWarnsOnceAndTheBuildGoesOn() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "a file where the cache should be");

        List<String> said = build(notAFolder);

        assertThat(warnings(said)).hasSize(1);
        assertThat(said).anyMatch(line -> line.startsWith("INFO Catalog written to"));
    }

    @Test
    void withoutACacheFolderNothingIsKeptAndNothingIsSaid() throws IOException {
        List<String> said = build(null);

        assertThat(warnings(said)).isEmpty();
        assertThat(said).noneMatch(line -> line.contains("layout cache"));
        try (Stream<Path> files = Files.list(work)) {
            // The lock beside the catalog (one build at a time, see SiteLock) is no cache.
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("site", "site.lock");
        }
    }

    @Test
    void everyStoreKeepsOneFileAndNoTemporaryFileStays() throws IOException {
        Path cache = work.resolve("cache");
        build(cache);
        MeshBuild.run(BuildSettings.of(VALID).withCache(cache, true), Goal.VALIDATE, BuildLog.SILENT);

        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.of(BuildCache.Store.values())
                            .map(BuildCache.Store::file)
                            .toList());
        }
    }
}
