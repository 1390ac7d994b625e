package io.github.meshplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals as Maven configures them from a POM, with the Maven Plugin Testing Harness. */
@MojoTest
class MeshMojoTest {

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-broken/pom.xml")
    void validateFailsTheBuildOnABrokenMeshAndLeavesTheCiReports(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("The mesh has \\d+ errors \\(failOn=error\\); see the findings above\\.");

        Path reports = mojo.reportsDirectory.toPath();
        assertThat(reports.resolve("TEST-mesh.xml")).content().contains("MESH-GRAPH-001");
        assertThat(reports.resolve("mesh.sarif")).content().contains("\"startLine\": 6", "\"startColumn\": 4");
        assertThat(reports.resolve("findings.json")).exists();
        assertThat(reports.resolve("summary.md")).exists();
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-suppression-without-reason/pom.xml")
    void aSuppressionInThePomNeedsAReason(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Each <suppression> needs a <rule>, a <product> or <contract>, and a <reason>");
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-broken-never/pom.xml")
    void validateOnlyReportsWhenFailOnIsNever(ValidateMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-valid/pom.xml")
    void validatePassesAValidMeshEvenWhenWarningsFail(ValidateMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-skip/pom.xml")
    void skipDoesNothingAtAll(ValidateMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-bad-failon/pom.xml")
    void anUnknownFailOnValueIsAConfigurationErrorThatSaysWhatIsAllowed(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("failOn must be one of error, warning, never; was 'sometimes'");
    }

    @Test
    @InjectMojo(goal = "site", pom = "src/test/resources/unit/site-valid/pom.xml")
    void siteWritesTheCatalog(SiteMojo mojo) throws Exception {
        mojo.execute();

        Path site = mojo.outputDirectory.toPath();
        assertThat(site.resolve("index.html")).content().contains("Test Shop");
        assertThat(site.resolve("products/shop.orders.html")).exists();
        assertThat(site.resolve("catalog.json")).exists();
        assertThat(Files.exists(site.resolveSibling("mesh-site.staging"))).isFalse();
    }

    @TempDir
    Path work;

    @Test
    @InjectMojo(goal = "site", pom = "src/test/resources/unit/site-valid/pom.xml")
    void theLogHasOneLinePerStageWithCountsAndSecondsAndATableOnRequest(SiteMojo mojo) throws Exception {
        mojo.outputDirectory = work.resolve("site").toFile();
        mojo.reportsDirectory = work.resolve("reports").toFile();
        mojo.cacheDirectory = work.resolve("cache").toFile();
        mojo.timings = true;

        List<String> lines = run(mojo);

        List<String> stages = lines.stream()
                .filter(line -> line.matches("[a-z]+ +.* in \\d+\\.\\d\\d s"))
                .map(line -> line.substring(0, line.indexOf(' ')))
                .toList();
        assertThat(stages)
                .containsExactly("read", "graph", "rules", "reports", "view", "pages", "search", "exports", "write");
        assertThat(lines).anyMatch(line -> line.matches("read +\\d+ products?, \\d+ contracts?, .* read.*"));
        assertThat(lines).anyMatch(line -> line.matches("pages +\\d+ pages rendered in .*"));
        assertThat(lines).as("no line per file").hasSizeLessThan(40);
        int table = lines.indexOf("Timings:");
        assertThat(table).isPositive();
        assertThat(lines.subList(table + 1, lines.size()))
                .anyMatch(line -> line.matches(" *view +\\d+\\.\\d\\d s +\\d+\\.\\d%"))
                .anyMatch(line -> line.matches(" *total +\\d+\\.\\d\\d s"));
    }

    @Test
    @InjectMojo(goal = "site", pom = "src/test/resources/unit/site-valid/pom.xml")
    void aBuildWithUnchangedInputsRepeatsTheLastOneAndAnyChangeBuildsAgain(SiteMojo mojo) throws Exception {
        Path mesh = work.resolve("mesh");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        mojo.meshDirectory = mesh.toFile();
        mojo.outputDirectory = work.resolve("site").toFile();
        mojo.reportsDirectory = work.resolve("reports").toFile();
        mojo.cacheDirectory = work.resolve("cache").toFile();
        Path index = work.resolve("site/index.html");

        List<String> first = run(mojo);
        assertThat(first).anyMatch(line -> line.startsWith("Catalog written to"));
        long written = Files.getLastModifiedTime(index).toMillis();

        List<String> second = run(mojo);
        assertThat(second)
                .contains("Inputs unchanged since the last build: its findings follow "
                        + "(-Dmesh.incremental=false to read the mesh again)");
        assertThat(second)
                .anyMatch(line -> line.startsWith("Catalog unchanged at")
                        && line.endsWith("(inputs unchanged since the last build)"));
        assertThat(second)
                .as("the findings summary is repeated")
                .containsAll(first.stream()
                        .filter(line -> line.startsWith("Mesh:") || line.startsWith("Findings:"))
                        .toList());
        assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(written);

        Files.delete(index);
        assertThat(run(mojo)).as("a deleted page is written again").noneMatch(line -> line.startsWith("Inputs"));
        assertThat(index).exists();

        Path readme = mesh.resolve("domains/shop/orders/README.md");
        Files.writeString(readme, Files.readString(readme) + "\nA paragraph written after the first build.\n");
        assertThat(run(mojo)).as("a changed README is read").noneMatch(line -> line.startsWith("Inputs"));
        assertThat(work.resolve("site/products/shop.orders.html"))
                .content()
                .contains("A paragraph written after the first build.");

        mojo.meshName = "Another name";
        assertThat(run(mojo)).as("a changed setting counts").noneMatch(line -> line.startsWith("Inputs"));
        assertThat(index).content().contains("Another name");

        mojo.incremental = false;
        assertThat(run(mojo)).as("switched off").noneMatch(line -> line.startsWith("Inputs"));
        mojo.incremental = true;
        assertThat(run(mojo))
                .as("a build with incremental off leaves what the next one needs to skip")
                .anyMatch(line -> line.startsWith("Inputs unchanged"));
    }

    @Test
    @InjectMojo(goal = "site", pom = "src/test/resources/unit/site-valid/pom.xml")
    void aBuildReusesTheLayoutsOfTheLastUnlessForcedAndAnUnwritableCacheOnlyWarns(SiteMojo mojo) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), work.resolve("mesh"));
        mojo.meshDirectory = work.resolve("mesh").toFile();
        mojo.outputDirectory = work.resolve("site").toFile();
        mojo.reportsDirectory = work.resolve("reports").toFile();
        mojo.cacheDirectory = work.resolve("cache").toFile();

        assertThat(run(mojo))
                .anyMatch(line -> line.matches("[1-9]\\d* graph pictures laid out, 0 reused from the layout cache"));
        assertThat(work.resolve("cache").resolve(BuildCache.Store.LAYOUTS.file()))
                .isNotEmptyFile();
        long stored = Files.size(work.resolve("cache").resolve(BuildCache.Store.LAYOUTS.file()));
        Path readme = work.resolve("mesh/domains/shop/orders/README.md");
        Files.writeString(readme, Files.readString(readme) + "\nA paragraph that changes no picture.\n");
        assertThat(run(mojo))
                .as("the pages with pictures are left as they were: no picture is drawn")
                .anyMatch(line -> line.matches("0 graph pictures laid out, 0 reused from the layout cache"));
        assertThat(work.resolve("cache").resolve(BuildCache.Store.LAYOUTS.file()))
                .as("and their layouts are kept for when they are")
                .hasSize(stored);
        mojo.templatesDirectory = Files.createDirectories(work.resolve("theme")).toFile();
        assertThat(run(mojo))
                .as("another theme renders every page, from the kept layouts")
                .anyMatch(line -> line.matches("0 graph pictures laid out, [1-9]\\d* reused from the layout cache"));
        mojo.incremental = false;
        assertThat(run(mojo))
                .as("a forced full build lays out every picture again")
                .anyMatch(line -> line.matches("[1-9]\\d* graph pictures laid out, 0 reused from the layout cache"));

        Files.writeString(work.resolve("not-a-folder"), "a file where the cache folder should be");
        mojo.cacheDirectory = work.resolve("not-a-folder").toFile();
        List<String> lines = run(mojo);
        assertThat(lines)
                .as("one warning, however many stores could not be kept")
                .filteredOn(line -> line.startsWith("Could not use the build cache in "))
                .singleElement()
                .asString()
                .endsWith("; the build goes on without what it would have kept or reused.");
        assertThat(lines).anyMatch(line -> line.startsWith("Catalog "));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "src/test/resources/unit/validate-broken/pom.xml")
    void anUnchangedBrokenMeshStillFailsTheBuild(ValidateMojo mojo) {
        mojo.cacheDirectory = work.resolve("cache").toFile();
        mojo.reportsDirectory = work.resolve("reports").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        List<String> lines = new ArrayList<>();
        mojo.setLog(capturing(lines));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("The mesh has \\d+ errors \\(failOn=error\\); see the findings above\\.");
        assertThat(lines).first().asString().startsWith("Inputs unchanged since the last build");
        assertThat(lines).anyMatch(line -> line.contains("MESH-GRAPH-001"));
    }

    private static List<String> run(SiteMojo mojo) throws Exception {
        List<String> lines = new ArrayList<>();
        mojo.setLog(capturing(lines));
        mojo.execute();
        return lines;
    }

    private static Log capturing(List<String> lines) {
        return new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                lines.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                lines.add(content.toString());
            }
        };
    }

    @Test
    @InjectMojo(goal = "graph", pom = "src/test/resources/unit/graph-valid/pom.xml")
    void graphWritesTheChosenFormatsAtProductAndDomainLevel(GraphMojo mojo) throws Exception {
        mojo.execute();

        Path graph = mojo.outputDirectory.toPath();
        try (var files = Files.list(graph)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("domains.dot", "domains.graphml", "products.dot", "products.graphml");
        }
        assertThat(graph.resolve("products.dot"))
                .content()
                .contains("\"shop.carts\" -> \"shop.orders\"", "label=\"shop.orders.orders\"");
        assertThat(graph.resolve("domains.graphml")).content().contains("<node id=\"money\">");
    }

    @Test
    @InjectMojo(goal = "graph", pom = "src/test/resources/unit/graph-bad-format/pom.xml")
    void anUnknownGraphFormatIsAConfigurationErrorThatListsTheValidOnes(GraphMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown graph format 'svg'; the valid formats are dot, mermaid, graphml, json "
                        + "(parameter formats, -Dmesh.graph.formats)");
        assertThat(mojo.outputDirectory).doesNotExist();
    }
}
