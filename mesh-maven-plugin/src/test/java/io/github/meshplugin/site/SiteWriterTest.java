package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.meshplugin.site.render.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site folder as a publisher sees it between builds: complete, and untouched where nothing changed. */
class SiteWriterTest {

    @TempDir
    Path work;

    private Path site() {
        return work.resolve("mesh-site");
    }

    private SiteWriter.Summary build(Map<String, String> files) throws IOException {
        SiteWriter writer = new SiteWriter(site());
        for (Map.Entry<String, String> file : files.entrySet()) {
            writer.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return writer.commit();
    }

    private static Map<String, String> pages(String... pathsAndContents) {
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            pages.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return pages;
    }

    private Object identity(String page) throws IOException {
        return Files.readAttributes(site().resolve(page), "unix:ino").get("ino");
    }

    @Test
    void aFirstBuildWritesEveryFile() throws IOException {
        SiteWriter.Summary summary = build(pages("index.html", "home", "products/a.html", "a"));

        assertThat(summary).isEqualTo(new SiteWriter.Summary(0, 2, 0));
        assertThat(site().resolve("products/a.html")).hasContent("a");
        assertThat(work.resolve("mesh-site.staging")).doesNotExist();
    }

    @Test
    void aBuildThatChangesNothingLeavesEveryFileAsItWas() throws IOException {
        Map<String, String> same = pages("index.html", "home", "products/a.html", "a");
        build(same);
        Object indexBefore = identity("index.html");

        SiteWriter.Summary summary = build(same);

        assertThat(summary.isNoChange()).isTrue();
        assertThat(summary.unchanged()).isEqualTo(2);
        assertThat(identity("index.html")).isEqualTo(indexBefore);
        assertThat(work.resolve("mesh-site.staging")).doesNotExist();
    }

    @Test
    void aChangedPageIsTheOnlyFileRewrittenAndAVanishedPageIsRemoved() throws IOException {
        build(pages("index.html", "home", "products/a.html", "a", "products/b.html", "b"));
        Object indexBefore = identity("index.html");
        Object aBefore = identity("products/a.html");

        SiteWriter.Summary summary = build(pages("index.html", "home", "products/a.html", "a, changed"));

        assertThat(summary).isEqualTo(new SiteWriter.Summary(1, 1, 1));
        assertThat(identity("index.html")).isEqualTo(indexBefore);
        assertThat(identity("products/a.html")).isNotEqualTo(aBefore);
        assertThat(site().resolve("products/a.html")).hasContent("a, changed");
        assertThat(site().resolve("products/b.html")).doesNotExist();
    }

    @Test
    void writingAPathTwiceNeverWritesThroughToTheLiveSite() throws IOException {
        build(pages("index.html", "home"));
        SiteWriter writer = new SiteWriter(site());
        writer.write("index.html", "home".getBytes(StandardCharsets.UTF_8));
        writer.write("index.html", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(site().resolve("index.html")).hasContent("home");
        writer.commit();
        assertThat(site().resolve("index.html")).hasContent("second");
    }

    @Test
    void anAbortedBuildLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        build(pages("index.html", "home"));
        SiteWriter writer = new SiteWriter(site());
        writer.write("index.html", "half-written".getBytes(StandardCharsets.UTF_8));

        writer.abort();

        assertThat(site().resolve("index.html")).hasContent("home");
        assertThat(work.resolve("mesh-site.staging")).doesNotExist();
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsItsSiteBackOnTheNextRun() throws IOException {
        build(pages("index.html", "home"));
        // What a kill between "rename the live site away" and "rename the new one in" leaves behind.
        Files.move(site(), work.resolve("mesh-site.previous"));
        Files.createDirectories(work.resolve("mesh-site.staging"));

        SiteWriter writer = new SiteWriter(site());

        assertThat(site().resolve("index.html")).hasContent("home");
        writer.abort();
        assertThat(work.resolve("mesh-site.previous")).doesNotExist();
    }

    @Test
    void aPathOutsideTheSiteIsRefused() throws IOException {
        SiteWriter writer = new SiteWriter(site());

        assertThatThrownBy(() -> writer.write("../outside.html", new byte[0]))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside the site");
        writer.abort();
        assertThat(work.resolve("outside.html")).doesNotExist();
    }
}
