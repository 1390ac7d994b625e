package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildCache;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site build that remembers its pages renders again only the pages whose model changed, and the site it leaves
 * is byte for byte the one a build without memory writes.
 */
class PageMemoryTest {

    private static final String CONSENTS = "domains/customer/consents/consents.odps.yaml";
    private static final String CONSENTS_PAGE = "products/customer.consents.html";

    @TempDir
    Path work;

    private Path mesh;
    private Path cache;
    private Path site;

    @BeforeEach
    void copyTheSample() throws IOException {
        mesh = work.resolve("mesh");
        TestFiles.copyTree(TestFiles.sampleMesh(), mesh);
        cache = work.resolve("cache");
        site = work.resolve("site");
    }

    @Test
    void anUnchangedMeshRendersNoPageAndWritesTheSameSite() throws IOException {
        assertThat(rendered(render("plugin 1", true)))
                .as("the first build renders every page")
                .isGreaterThan(20);
        Map<String, String> first = TestFiles.digests(site);

        List<String> again = render("plugin 1", true);
        assertThat(again)
                .anyMatch(line ->
                        line.matches("pages +0 pages rendered, [0-9,]+ pages unchanged since the last build .*"));
        assertThat(TestFiles.digests(site)).isEqualTo(first);
    }

    @Test
    void aChangedProductRendersItsPagesAndTheSiteIsTheOneAFullBuildWrites() throws IOException {
        render("plugin 1", true);
        Path descriptor = mesh.resolve(CONSENTS);
        Files.writeString(
                descriptor,
                Files.readString(descriptor)
                        .replace("Authoritative record of marketing", "The authoritative record of marketing"));

        int renderedAgain = rendered(render("plugin 1", true));

        assertThat(site.resolve(CONSENTS_PAGE)).content().contains("The authoritative record of marketing");
        assertThat(renderedAgain)
                .as("the product's page and the few pages that show its purpose")
                .isBetween(1, 5);
        Path full = work.resolve("full");
        MeshBuild.run(BuildSettings.of(mesh).withSite(full, "Northwind Outfitters"), Goal.SITE, BuildLog.SILENT)
                .result();
        assertThat(TestFiles.digests(site)).isEqualTo(TestFiles.digests(full));
    }

    @Test
    void aChangedTemplateRendersEverything() throws IOException {
        int all = rendered(render("plugin 1", true));
        assertThat(rendered(render("plugin 2", true))).isEqualTo(all);
    }

    @Test
    void aForcedFullBuildRendersEverythingAndStillRemembers() throws IOException {
        int all = rendered(render("plugin 1", true));
        assertThat(rendered(render("plugin 1", false))).isEqualTo(all);
        assertThat(rendered(render("plugin 1", true))).isZero();
    }

    @Test
    void aDamagedMemoryOnlyCostsAFullRender() throws IOException {
        int all = rendered(render("plugin 1", true));
        Files.writeString(cache.resolve(BuildCache.Store.PAGES.file()), "{\"identity\": \"plugin 1\", \"pages\": [tru");
        assertThat(rendered(render("plugin 1", true))).isEqualTo(all);
    }

    @Test
    void aPageEditedInTheLiveSiteIsRenderedAgain() throws IOException {
        render("plugin 1", true);
        String original = Files.readString(site.resolve(CONSENTS_PAGE));
        Files.writeString(site.resolve(CONSENTS_PAGE), "edited by hand");

        assertThat(rendered(render("plugin 1", true))).isEqualTo(1);
        assertThat(site.resolve(CONSENTS_PAGE)).hasContent(original);
    }

    /**
     * Builds the site as {@code mesh:site} does and returns what the build said. {@code theme} names a version of
     * the templates folder: another version is a changed theme. The last build's outcome is forgotten first, as a
     * build with unchanged inputs would repeat it whole instead of rendering.
     */
    private List<String> render(String theme, boolean recall) throws IOException {
        Path templates = Files.createDirectories(work.resolve("templates"));
        try (var original = getClass().getClassLoader().getResourceAsStream("mesh/theme/templates/rules.ftlh")) {
            Files.writeString(
                    templates.resolve("rules.ftlh"),
                    new String(original.readAllBytes(), StandardCharsets.UTF_8) + "<#-- " + theme + " -->\n");
        }
        Files.deleteIfExists(cache.resolve(BuildCache.Store.SITE_OUTCOME.file()));
        List<String> said = new ArrayList<>();
        BuildSettings settings = BuildSettings.of(mesh)
                .withCache(cache, recall)
                .withSite(new BuildSettings.Site(site, templates, "Northwind Outfitters", "escape", false, null));
        MeshBuild.run(settings, Goal.SITE, (level, text) -> said.add(text));
        return said;
    }

    private static int rendered(List<String> said) {
        Matcher pages = Pattern.compile("pages +([0-9,]+) pages? rendered")
                .matcher(said.stream()
                        .filter(line -> line.startsWith("pages "))
                        .findFirst()
                        .orElseThrow());
        assertThat(pages.find()).isTrue();
        return Integer.parseInt(pages.group(1).replace(",", ""));
    }
}
