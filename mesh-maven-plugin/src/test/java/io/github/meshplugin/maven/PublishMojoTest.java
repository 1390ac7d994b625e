package io.github.meshplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mesh:publish hands the catalog (and the zipped site) to Maven so that deploy publishes them. */
class PublishMojoTest {

    /** What was attached, as "type:classifier:file name". */
    private final List<String> attached = new ArrayList<>();

    @TempDir
    Path work;

    @Test
    void attachesTheCatalogAndTheZippedSite() throws Exception {
        Path site = work.resolve("mesh-site");
        Files.createDirectories(site.resolve("products"));
        Files.writeString(site.resolve("catalog.json"), "{\"formatVersion\":\"1\"}");
        Files.writeString(site.resolve("products/a.html"), "<p>a</p>");
        PublishMojo mojo = mojo(site);
        mojo.publishSite = true;

        mojo.execute();

        assertThat(attached).containsExactly("json:mesh-catalog:catalog.json", "zip:mesh-site:site.zip");
        try (ZipFile zip = new ZipFile(mojo.siteArchive)) {
            assertThat(zip.stream().map(entry -> entry.getName())).containsExactly("catalog.json", "products/a.html");
        }
        byte[] first = Files.readAllBytes(mojo.siteArchive.toPath());
        mojo.execute();
        assertThat(Files.readAllBytes(mojo.siteArchive.toPath()))
                .as("the same site gives the same archive")
                .isEqualTo(first);
    }

    @Test
    void withoutASiteItSaysToRunTheSiteFirst() throws IOException {
        PublishMojo mojo = mojo(work.resolve("no-site"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("run mesh:site before mesh:publish");
        assertThat(attached).isEmpty();
    }

    private PublishMojo mojo(Path site) {
        PublishMojo mojo = new PublishMojo();
        mojo.outputDirectory = site.toFile();
        mojo.siteArchive = work.resolve("site.zip").toFile();
        mojo.project = new MavenProject(new Model());
        mojo.projectHelper = new Recorder();
        return mojo;
    }

    private final class Recorder implements MavenProjectHelper {
        @Override
        public void attachArtifact(MavenProject project, String type, String classifier, File file) {
            attached.add(type + ":" + classifier + ":" + file.getName());
        }

        @Override
        public void attachArtifact(MavenProject project, File file, String classifier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void attachArtifact(MavenProject project, String type, File file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addResource(MavenProject project, String dir, List<String> includes, List<String> excludes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addTestResource(MavenProject project, String dir, List<String> includes, List<String> excludes) {
            throw new UnsupportedOperationException();
        }
    }
}
