package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.meshplugin.build.BuildException;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.io.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file of the catalog belongs to one entry of the mesh, on every operating system the site is unpacked on. */
class OutputNamesTest {

    @TempDir
    Path temp;

    private void product(String folder, String id) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mesh/domains/d").resolve(folder));
        Files.writeString(dir.resolve(folder + ".odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: '%s'
                name: 'Name of %s'
                status: active
                team: {name: t}
                """.formatted(id, id));
    }

    private Path site() {
        Path site = temp.resolve("site");
        MeshBuild.run(BuildSettings.of(temp.resolve("mesh")).withSite(site, "Mesh"), Goal.SITE, BuildLog.SILENT);
        return site;
    }

    private static String title(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").select("h1").text();
    }

    @Test
    void anUnsafeIdNeverTakesTheFileOfASafeIdThatLooksLikeItsMappedName() throws IOException {
        String unsafe = "X";
        // Before, an unsafe id became its cleaned text and eight hex digits, itself a safe id anyone could declare.
        String lookalike = "x-" + Sha256.hex(unsafe).substring(0, 8);
        product("one", unsafe);
        product("two", lookalike);

        Path products = site().resolve("products");

        List<Path> pages;
        try (Stream<Path> listing = Files.list(products)) {
            pages = listing.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSize(2);
        assertThat(title(products.resolve(lookalike + ".html"))).contains("Name of " + lookalike);
        assertThat(pages)
                .filteredOn(p -> !p.getFileName().toString().equals(lookalike + ".html"))
                .singleElement()
                .satisfies(p -> assertThat(title(p)).contains("Name of X"));
    }

    @Test
    void namesWindowsReservesAndTrailingDotsAreMapped() throws IOException {
        List<String> ids = List.of("con", "aux", "nul", "prn", "com1", "lpt9", "con.orders", "trailing.");
        for (int i = 0; i < ids.size(); i++) {
            product("p" + i, ids.get(i));
        }

        Path site = site();

        List<String> names;
        try (Stream<Path> walk = Files.walk(site)) {
            names = walk.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(names)
                .noneSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT))
                        .matches("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?"));
        assertThat(names).noneSatisfy(name -> assertThat(name).matches(".*[. ]\\.(html|json|svg)|.*[. ]"));
        try (Stream<Path> listing = Files.list(site.resolve("products"))) {
            assertThat(listing.filter(p -> p.toString().endsWith(".html"))).hasSize(ids.size());
        }
    }

    @Test
    void twoIdsWhoseMappedNamesStillMeetFailTheBuildNamingBoth() throws IOException {
        // These two ids clean to the same text and share the first eight hex digits of their SHA-256.
        product("one", "x$+!|");
        product("two", "x*{)$");

        assertThatThrownBy(this::site)
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("products/_x_-321a09fd.html")
                .hasMessageContaining("product `x$+!|` (domains/d/one/one.odps.yaml")
                .hasMessageContaining("product `x*{)$` (domains/d/two/two.odps.yaml");
    }
}
