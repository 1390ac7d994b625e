package io.github.meshplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

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

    @Test
    @InjectMojo(goal = "graph", pom = "src/test/resources/unit/graph-valid/pom.xml")
    void graphWritesTheChosenFormatsAtProductAndDomainLevel(GraphMojo mojo) throws Exception {
        mojo.execute();

        Path graph = mojo.outputDirectory.toPath();
        try (var files = Files.list(graph)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("domains.dot", "domains.graphml", "products.dot", "products.graphml");
        }
        assertThat(graph.resolve("products.dot")).content()
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
