package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.PageMemory;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private Path memoryFile;
    private Path site;

    @BeforeEach
    void copyTheSample() throws IOException {
        mesh = work.resolve("mesh");
        TestFiles.copyTree(SiteFixture.sampleMesh(), mesh);
        memoryFile = work.resolve("cache/site-pages.json");
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
                .anyMatch(line -> line.startsWith("0 pages rendered, ")
                        && line.endsWith(" pages unchanged since the last build"));
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
        SiteFixture.render(mesh, full);
        assertThat(TestFiles.digests(site)).isEqualTo(TestFiles.digests(full));
    }

    @Test
    void aNewPluginOrThemeRendersEverything() throws IOException {
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
        Files.writeString(memoryFile, "{\"identity\": \"plugin 1\", \"pages\": [tru");
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

    /** Builds the site with the memory and returns what the build said of each stage. */
    private List<String> render(String rendererIdentity, boolean recall) throws IOException {
        MeshResult result = MeshBuild.defaults().run(mesh);
        List<String> said = new ArrayList<>();
        new SiteRenderer(Theme.standard())
                .remembering(PageMemory.in(memoryFile, rendererIdentity, recall))
                .render(
                        new CatalogViewBuilder(result, "Northwind Outfitters").build(),
                        result,
                        site,
                        (stage, outcome, nanos) -> said.add(outcome));
        return said;
    }

    private static int rendered(List<String> said) {
        String pages = said.stream()
                .filter(line -> line.contains(" rendered"))
                .findFirst()
                .orElseThrow();
        return Integer.parseInt(pages.substring(0, pages.indexOf(' ')).replace(",", ""));
    }
}
