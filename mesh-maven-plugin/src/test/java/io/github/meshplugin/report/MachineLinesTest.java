package io.github.meshplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product whose id, name and status carry line breaks, CI workflow commands and control bytes: every line the
 * plugin prints or writes for a machine shows them escaped, on the line they belong to.
 */
class MachineLinesTest {

    private static final String FORGED = "::error file=pom.xml,line=1::forged";

    @TempDir
    Path temp;

    private MeshResult result;
    private Path site;
    private Path reports;

    @BeforeEach
    void buildAHostileMesh() throws IOException {
        Path mesh = temp.resolve("mesh");
        Path folder = Files.createDirectories(mesh.resolve("domains/d/x"));
        Files.writeString(folder.resolve("x.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: "d.x\\n::error file=pom.xml,line=1::forged\\0\\b\\v"
                name: "[click](javascript:alert(1))\\n# Heading"
                status: "active\\n::stop-commands::token"
                team: {name: t}
                """);
        site = temp.resolve("site");
        reports = temp.resolve("reports");
        BuildSettings settings = BuildSettings.of(mesh)
                .withSite(site, "Mesh")
                .withReporting(new BuildSettings.Reporting(reports, "never", false, false));
        result = MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT).result();
        assertThat(result.findings())
                .as("the hostile id and status are reported")
                .anySatisfy(f -> assertThat(f.message()).contains(FORGED));
    }

    @Test
    void theConsoleShowsEachFindingOnOneLineWithControlCharactersEscaped() {
        List<String> lines = new ArrayList<>();
        new ConsoleReport().lines(result, true).forEach(line -> lines.add(line.text()));
        new ConsoleReport().lines(result, false).forEach(line -> lines.add(line.text()));
        result.findings().forEach(finding -> lines.add(finding.oneLine()));

        assertThat(lines).allSatisfy(MachineLinesTest::isOneSafeLine);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("d.x\\n" + FORGED + "\\u0000\\u0008\\u000B"));
    }

    @Test
    void gitHubAnnotationsCannotBeForged() {
        List<String> annotations = new GitHubAnnotations(Map.of("GITHUB_ACTIONS", "true")).lines(result.findings(), "");

        assertThat(annotations).hasSize(result.findings().size());
        assertThat(annotations).allSatisfy(line -> {
            isOneSafeLine(line);
            assertThat(line).matches("::(error|warning|notice) file=[^:]*::.*");
        });
    }

    @Test
    void theMarkdownSummaryKeepsEachFindingInItsRow() {
        String markdown = new MarkdownSummary().render(result.findings(), FailOn.NEVER);

        markdown.lines().forEach(MachineLinesTest::isOneSafeLine);
        assertThat(markdown.lines().filter(line -> line.startsWith("| ")).count())
                .as("three severity rows, a header and a row per finding")
                .isEqualTo(3 + 2 + result.findings().size());
    }

    @Test
    void theJUnitAndSarifReportsParseAndHoldTheTextOnOneLine() throws Exception {
        var junit = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(reports.resolve(ReportWriter.JUNIT_FILE).toFile());
        var failures = junit.getElementsByTagName("failure");
        for (int i = 0; i < failures.getLength(); i++) {
            failures.item(i)
                    .getTextContent()
                    .lines()
                    .forEach(line -> assertThat(line.strip()).doesNotStartWith("::"));
        }
        JsonNode sarif = new ObjectMapper()
                .readTree(reports.resolve(ReportWriter.SARIF_FILE).toFile());
        List<String> messages = new ArrayList<>();
        sarif.at("/runs/0/results")
                .forEach(r -> messages.add(r.at("/message/text").asText()));
        assertThat(messages).hasSize(result.findings().size());
        assertThat(Files.readString(reports.resolve(ReportWriter.SARIF_FILE))).doesNotContain("\u0000");
    }

    @Test
    void llmsTxtEscapesMarkdownAndLinksOnlyToTheSitesPages() throws IOException {
        String llms = Files.readString(site.resolve("llms.txt"), StandardCharsets.UTF_8);

        assertThat(llms).doesNotContain("](javascript").doesNotContain("\n# Heading");
        assertThat(llms).contains("\\[click\\]\\(javascript:alert\\(1\\)\\) \\# Heading");
        llms.lines().forEach(MachineLinesTest::isOneSafeLine);
    }

    private static void isOneSafeLine(String line) {
        assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F).boxed().toList())
                .as("control characters in %s", line)
                .isEmpty();
        assertThat(line.strip()).doesNotStartWith("::stop-commands").doesNotStartWith(FORGED);
    }
}
