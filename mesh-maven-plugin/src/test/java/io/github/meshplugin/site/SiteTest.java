package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildException;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.view.Hrefs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog of the sample mesh, as files: complete, linked, reproducible, and written all or nothing. */
class SiteTest {

    @TempDir
    Path temp;

    @Test
    void thereIsAPageForEveryDomainProductContractAndTeamPlusOwnershipAndQuality() throws IOException {
        Path site = temp.resolve("site");
        MeshResult result = MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();

        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("ownership.html")).isRegularFile();
        assertThat(site.resolve("quality.html")).isRegularFile();
        assertThat(site.resolve("rules.html")).isRegularFile();
        assertThat(site.resolve("catalog.json")).isRegularFile();
        result.mesh()
                .domains()
                .forEach(d -> assertThat(site.resolve(Hrefs.domain(d.id()))).isRegularFile());
        result.mesh()
                .products()
                .forEach(p -> assertThat(site.resolve(Hrefs.product(p.id()))).isRegularFile());
        result.mesh()
                .contracts()
                .forEach(c -> assertThat(site.resolve(Hrefs.contract(c.id()))).isRegularFile());
        result.mesh()
                .teams()
                .forEach(t -> assertThat(site.resolve(Hrefs.team(t.id()))).isRegularFile());
    }

    @Test
    void everyRelativeLinkResolvesToAFileThatExists() throws IOException {
        assertThat(brokenLinks(TestFiles.sampleMesh())).as("links checked").isGreaterThan(500);
    }

    @Test
    void everyRuleHasAPageAndEveryFindingLinksToItsRulesPage() throws IOException {
        Path site = temp.resolve("site");
        MeshResult result = MeshBuild.run(
                        BuildSettings.of(Path.of("src/test/resources/meshes/broken"))
                                .withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();

        for (RuleInfo rule : result.rules().catalogue()) {
            Document page = Jsoup.parse(site.resolve(Hrefs.rule(rule.id())).toFile(), "UTF-8");
            assertThat(page.select("h1").text()).contains(rule.id(), rule.title());
        }
        Document quality = Jsoup.parse(site.resolve("quality.html").toFile(), "UTF-8");
        for (Finding finding : result.findings()) {
            assertThat(quality.select("a[href=" + Hrefs.rule(finding.ruleId()) + "]"))
                    .as(finding.oneLine())
                    .isNotEmpty();
        }
        assertThat(brokenLinks(Path.of("src/test/resources/meshes/broken"))).isGreaterThan(100);
    }

    /** Renders the mesh and checks every relative link and anchor; returns how many links were checked. */
    private int brokenLinks(Path mesh) throws IOException {
        Path site = Files.createTempDirectory(temp, "links").resolve("site");
        MeshBuild.run(BuildSettings.of(mesh).withSite(site, "Northwind Outfitters"), Goal.SITE, BuildLog.SILENT)
                .result();

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlPages(site)) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                URI uri = URI.create(link);
                if (uri.getScheme() != null || link.startsWith("#")) {
                    continue;
                }
                checked++;
                Path target = page.getParent().resolve(uri.getPath()).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + " -> " + link);
                } else if (uri.getFragment() != null
                        && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(uri.getFragment()) == null) {
                    broken.add(site.relativize(page) + " -> " + link + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
        return checked;
    }

    @Test
    void theSameMeshGivesAByteIdenticalSite() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(first, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(second, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();

        List<Path> files = allFiles(first);
        assertThat(files.stream().map(first::relativize).map(Path::toString))
                .containsExactlyElementsOf(allFiles(second).stream()
                        .map(second::relativize)
                        .map(Path::toString)
                        .toList());
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(first.relativize(file))))
                    .as(first.relativize(file).toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void whatAKilledBuildLeftBesideTheSiteIsGoneAfterTheNextBuildEvenWhenNothingChanged() throws IOException {
        Path site = temp.resolve("site");
        BuildSettings settings = BuildSettings.of(TestFiles.sampleMesh())
                .withCache(temp.resolve("cache"), true)
                .withSite(site, "Northwind Outfitters");
        MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT);
        Files.createDirectories(temp.resolve("site.staging/products"));
        Files.writeString(temp.resolve("site.staging/products/half-written.html"), "<html><body>");
        Files.createDirectories(temp.resolve("site.previous"));
        List<String> said = new ArrayList<>();

        MeshBuild.run(settings, Goal.SITE, (level, text) -> said.add(text));

        assertThat(said).anyMatch(line -> line.startsWith("Inputs unchanged since the last build"));
        assertThat(temp.resolve("site.staging")).doesNotExist();
        assertThat(temp.resolve("site.previous")).doesNotExist();
        assertThat(site.resolve("index.html")).isRegularFile();
    }

    @Test
    void aFailedRunLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        byte[] before = Files.readAllBytes(site.resolve("index.html"));
        Path brokenTheme = Files.createDirectories(temp.resolve("theme"));
        Files.writeString(brokenTheme.resolve("product.ftlh"), "${page.noSuchField}");

        assertThatThrownBy(() -> MeshBuild.run(withTemplates(site, brokenTheme), Goal.SITE, BuildLog.SILENT))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("product.ftlh")
                .hasCauseInstanceOf(SiteRenderer.ThemeException.class);
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(before);
        assertThat(temp.resolve("site.staging")).doesNotExist();
    }

    @Test
    void aSingleTemplateCanBeOverriddenFromAFolder() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("theme"));
        Files.writeString(theme.resolve("rules.ftlh"), "<p>Our own rules page: ${page.rules?size} rules</p>");
        Path site = temp.resolve("site");

        MeshBuild.run(withTemplates(site, theme), Goal.SITE, BuildLog.SILENT);

        assertThat(site.resolve("rules.html")).content().startsWith("<p>Our own rules page: ");
        assertThat(site.resolve("index.html")).content().contains("<html");
    }

    @Test
    void textFromTheMeshIsEscapedAndReadmeHtmlIsNotPassedThrough() throws IOException {
        Path mesh = temp.resolve("mesh");
        Path folder = Files.createDirectories(mesh.resolve("domains/d/p"));
        Files.writeString(folder.resolve("p.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.p
                name: "<script>alert('name')</script>"
                status: active
                description:
                  purpose: "<img src=x onerror=alert(1)>"
                tags: ["<b>tag</b>"]
                team: {name: t}
                """);
        Files.writeString(folder.resolve("README.md"), """
                # Readme <script>alert('readme')</script>

                [click](javascript:alert('link'))

                <iframe src="https://example.com"></iframe>
                """);
        Path site = temp.resolve("site");
        MeshBuild.run(BuildSettings.of(mesh).withSite(site, "Northwind Outfitters"), Goal.SITE, BuildLog.SILENT)
                .result();

        String page = Files.readString(site.resolve("products/d.p.html"), StandardCharsets.UTF_8);
        Document document = Jsoup.parse(page);
        assertThat(document.select("script"))
                .allSatisfy(script -> assertThat(script.attr("src")).isNotEmpty());
        assertThat(document.select("img[onerror], iframe, a[href^=javascript]")).isEmpty();
        assertThat(page).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;");
        assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("script-src 'self'");
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        return allFiles(site).stream()
                .filter(f -> f.toString().endsWith(".html"))
                .toList();
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The sample's catalog with the theme's templates overridden from {@code templates}. */
    private static BuildSettings withTemplates(Path site, Path templates) {
        return BuildSettings.of(TestFiles.sampleMesh())
                .withSite(new BuildSettings.Site(site, templates, "Northwind Outfitters", "escape", false, null));
    }
}
