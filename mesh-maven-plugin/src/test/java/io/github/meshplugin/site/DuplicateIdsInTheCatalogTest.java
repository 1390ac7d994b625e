package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.Hrefs;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two contract files declaring one id (src/test/resources/meshes/broken, domains/beta/b1): the build names both,
 * and a catalog built anyway shows both files, each page saying it conflicts, with the counts of the log.
 */
class DuplicateIdsInTheCatalogTest {

    private static final String ID = "beta.b1.out";

    @TempDir
    Path temp;

    @Test
    void bothContractsHaveAPageThatShowsTheConflict() throws IOException {
        Path site = temp.resolve("site");
        MeshResult result = MeshBuild.run(
                        BuildSettings.of(Path.of("src/test/resources/meshes/broken"))
                                .withReporting(new BuildSettings.Reporting(null, "never", false, false))
                                .withSite(site, "Broken"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();

        Document first = page(site.resolve(Hrefs.contract(ID)));
        Document second = page(site.resolve(Hrefs.contract(ID, "domains/beta/b1/out.odcs.yaml")));
        assertThat(first.text()).contains("domains/beta/b1/copy.odcs.yaml");
        assertThat(second.text()).contains("domains/beta/b1/out.odcs.yaml");
        for (Document page : new Document[] {first, second}) {
            assertThat(page.text())
                    .contains("MESH-ID-002")
                    .contains("contract id " + ID + " is declared by 2 files: domains/beta/b1/copy.odcs.yaml:1:1, "
                            + "domains/beta/b1/out.odcs.yaml:1:1");
        }

        String log = String.join(
                "\n",
                new ConsoleReport()
                        .lines(result).stream().map(line -> line.text()).toList());
        int contracts = result.mesh().contracts().size();
        assertThat(log).contains(contracts + " contracts");
        Document index = page(site.resolve("index.html"));
        assertThat(index.select(".card").eachText()).contains(contracts + " contracts");
    }

    private static Document page(Path file) throws IOException {
        assertThat(file).isRegularFile();
        return Jsoup.parse(file.toFile());
    }
}
