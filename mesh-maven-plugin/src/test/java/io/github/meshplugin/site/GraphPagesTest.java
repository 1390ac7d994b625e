package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample mesh's catalog with its graph pictures, as a reader opens it from disk. */
class GraphPagesTest {

    @TempDir
    Path temp;

    @Test
    void everyLinkInEveryPictureLeadsToAPageOrAPlaceOnTheSamePage() throws IOException {
        Path site = temp.resolve("site");
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int pictures = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element svg : doc.select("figure.graph svg")) {
                pictures++;
                assertThat(svg.selectFirst("title"))
                        .as(page + " names its picture")
                        .isNotNull();
                for (Element link : svg.select("a[href]")) {
                    String href = link.attr("href");
                    assertThat(href)
                            .as("relative, so the site works from file:// and under a sub-path")
                            .doesNotStartWith("/")
                            .doesNotContain("://");
                    if (href.startsWith("#")) {
                        assertThat(doc.getElementById(href.substring(1)))
                                .as(page + " has " + href)
                                .isNotNull();
                    } else {
                        assertThat(page.getParent().resolve(href).normalize())
                                .as(page + " -> " + href)
                                .exists();
                    }
                }
            }
        }
        assertThat(pictures)
                .as("one per product and domain page, and the domain map; the lineage explorer draws in the browser")
                .isEqualTo(14 + 5 + 1);
    }

    @Test
    void theDomainMapHasAPageInTheNavigation() throws IOException {
        Path site = temp.resolve("site");
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        Document product =
                Jsoup.parse(site.resolve("products/sales.orders.html").toFile(), "UTF-8");
        assertThat(product.select("nav.site-nav a[href=../graph.html]")).hasSize(1);
        Document map = Jsoup.parse(site.resolve("graph.html").toFile(), "UTF-8");
        assertThat(map.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Graph");
        assertThat(map.select("figure.graph svg a.gk-domain")).hasSize(5);
        assertThat(map.select("figure.graph figcaption").text()).contains("5 domains");
    }

    @Test
    void twoBuildsOfTheSameMeshDrawTheSamePictures() throws IOException {
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
        for (String page : List.of(
                "graph.html",
                "domains/sales.html",
                "products/sales.orders.html",
                "products/marketing.basket-analysis.html")) {
            assertThat(Files.readString(second.resolve(page)))
                    .as(page)
                    .isEqualTo(Files.readString(first.resolve(page)));
        }
    }
}
