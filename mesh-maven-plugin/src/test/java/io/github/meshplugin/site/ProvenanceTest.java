package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.diff.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog built from a git clone says on every page which commit it shows and when that commit was made, and
 * links the mesh's files, and each finding's line, in the repository host's web view.
 */
class ProvenanceTest {

    private static final String REMOTE = "git@github.com:acme/mesh.git";

    @TempDir
    Path work;

    @Test
    void everyPageNamesTheCommitAndLinksTheRepositoryDerivedFromAGitHubRemote() throws Exception {
        Path mesh = clone(REMOTE);
        String commit = head(mesh);
        Path site = work.resolve("site");

        MeshBuild.run(BuildSettings.of(mesh).withSite(site, "Shop"), Goal.SITE, BuildLog.SILENT);

        List<Path> pages = pages(site);
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile());
            assertThat(html.select("footer code.id").text()).as(page.toString()).isEqualTo(commit.substring(0, 12));
            assertThat(html.select("footer time").text()).isEqualTo("2026-01-01 10:00 UTC");
            assertThat(html.select("footer a.source-link").attr("href"))
                    .isEqualTo("https://github.com/acme/mesh/blob/" + commit + "/mesh");
        }
        Document contract =
                Jsoup.parse(site.resolve("contracts/shop.orders.orders.html").toFile());
        assertThat(contract.select(".source a.source-link").attr("href"))
                .isEqualTo("https://github.com/acme/mesh/blob/" + commit
                        + "/mesh/domains/shop/orders/orders.odcs.yaml#L1");
        assertThat(contract.select(".source a.edit-link").attr("href"))
                .isEqualTo("https://github.com/acme/mesh/edit/main/mesh/domains/shop/orders/orders.odcs.yaml");
        Document quality = Jsoup.parse(site.resolve("quality.html").toFile());
        assertThat(quality.select("table.findings td a[href^=https:]").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href)
                        .matches("https://github\\.com/acme/mesh/blob/" + commit + "/mesh/.+#L[1-9][0-9]*"));
    }

    @Test
    void aConfiguredSourceUrlWinsAndAMeshOutsideGitHasNoCommitLine() throws IOException {
        Path mesh = work.resolve("plain");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        Path site = work.resolve("site");
        BuildSettings settings = BuildSettings.of(mesh).withSite(site, "Shop");
        BuildSettings.Site configured = settings.site();

        MeshBuild.run(
                settings.withSite(new BuildSettings.Site(
                        configured.outputDirectory(),
                        null,
                        "Shop",
                        "escape",
                        false,
                        "https://git.example.com/data/mesh/src/main/{path}#line-{line}")),
                Goal.SITE,
                BuildLog.SILENT);

        Document contract =
                Jsoup.parse(site.resolve("contracts/shop.orders.orders.html").toFile());
        assertThat(contract.select(".source a.source-link").attr("href"))
                .isEqualTo("https://git.example.com/data/mesh/src/main/domains/shop/orders/orders.odcs.yaml#line-1");
        assertThat(contract.select("footer code.id")).isEmpty();
        assertThat(contract.select("footer time")).isEmpty();
    }

    /** The valid mesh, one finding added, in a folder {@code mesh} of a one-commit repository with a remote. */
    private Path clone(String remote) throws Exception {
        Path repository = work.resolve("repository");
        Path mesh = repository.resolve("mesh");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        // A consumer that names a property the contract lacks: a finding with a line to link.
        Path carts = mesh.resolve("domains/shop/carts/carts.odps.yaml");
        Files.writeString(
                carts,
                Files.readString(carts)
                        .replace(
                                "    contractId: shop.orders.orders\n",
                                "    contractId: shop.orders.orders\n    customProperties:\n"
                                        + "      - {property: usedProperties, value: [order_id, no_such_field]}\n"));
        new TestRepository(repository).commit("The shop's mesh");
        try (Git git = Git.open(repository.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", remote);
            config.save();
        }
        return mesh;
    }

    private static String head(Path mesh) throws IOException {
        try (Git git = Git.open(mesh.getParent().toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
