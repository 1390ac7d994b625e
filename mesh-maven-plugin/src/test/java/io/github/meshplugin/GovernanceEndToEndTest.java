package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.report.ReportWriter;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.CatalogViewBuilder;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One misspelled type in the sample mesh, followed through every output: the console, the JUnit XML, the SARIF
 * file and the product's page all name the same rule at the same line and column.
 */
class GovernanceEndToEndTest {

    private static final String CONTRACT = "domains/customer/profiles/customer-master.odcs.yaml";

    @TempDir
    Path temp;

    @Test
    void aMisspelledLogicalTypeShowsTheSameFindingInEveryOutput() throws IOException {
        Path mesh = copyOfTheSampleMesh();
        List<String> lines = Files.readAllLines(mesh.resolve(CONTRACT));
        int index = lines.indexOf(lines.stream()
                .filter(l -> l.trim().equals("logicalType: string"))
                .findFirst()
                .orElseThrow());
        lines.set(index, lines.get(index).replace("logicalType: string", "logicalType: strng"));
        Files.write(mesh.resolve(CONTRACT), lines);
        int line = index + 1;
        int column = lines.get(index).indexOf("strng") + 1;
        String location = CONTRACT + ":" + line + ":" + column;

        MeshResult result = MeshBuild.defaults().run(mesh);

        Finding finding = result.findings().stream()
                .filter(f -> f.ruleId().equals("MESH-SCHEMA-005"))
                .findFirst()
                .orElseThrow();
        assertThat(result.findings()).hasSize(1);
        assertThat(finding.source().location()).isEqualTo(location);
        assertThat(finding.message()).contains("'strng' is not one of", "(did you mean 'string'?)");

        assertThat(new ConsoleReport().lines(result, false))
                .extracting(ConsoleReport.Line::text)
                .anyMatch(text -> text.contains(location + ": error [MESH-SCHEMA-005]"));

        Path reports = temp.resolve("reports");
        new ReportWriter().write(reports, result, FailOn.ERROR, "sample-mesh/");
        assertThat(reports.resolve(ReportWriter.JUNIT_FILE))
                .content()
                .contains("MESH-SCHEMA-005", location + ": error");
        JsonNode sarifResult = new ObjectMapper()
                .readTree(reports.resolve(ReportWriter.SARIF_FILE).toFile())
                .at("/runs/0/results/0");
        assertThat(sarifResult.get("ruleId").asText()).isEqualTo("MESH-SCHEMA-005");
        JsonNode physical = sarifResult.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("sample-mesh/" + CONTRACT);
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(line);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(column);

        Path site = temp.resolve("site");
        new SiteRenderer(Theme.standard()).render(new CatalogViewBuilder(result, "Sample").build(), result, site);
        String productPage = Jsoup.parse(
                        site.resolve("products/customer.profiles.html").toFile(), "UTF-8")
                .select("table.findings")
                .text();
        assertThat(productPage).contains("MESH-SCHEMA-005", location);
    }

    private Path copyOfTheSampleMesh() throws IOException {
        Path source = SampleMeshTest.sampleMesh();
        Path target = temp.resolve("mesh");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !source.relativize(f).startsWith("target"))
                    .toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
