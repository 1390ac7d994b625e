package io.github.meshplugin.report;

import static io.github.meshplugin.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubAnnotationsTest {

    private static final Map<String, String> ON_GITHUB = Map.of("GITHUB_ACTIONS", "true");

    @Test
    void eachFindingBecomesAWorkflowCommandOnItsFileLineAndColumn() {
        List<String> lines =
                new GitHubAnnotations(ON_GITHUB).lines(ReportFixtures.broken().findings(), "");
        List<String> prefixed =
                new GitHubAnnotations(ON_GITHUB).lines(ReportFixtures.broken().findings(), "sample-mesh/");

        assertThat(lines).hasSize(ReportFixtures.broken().findings().size());
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "::error file=domains/beta/b1/syntax.odcs.yaml,line=6,col=4,title=MESH-YAML-001::YAML syntax error"));
        assertThat(prefixed)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "::error file=sample-mesh/domains/beta/b1/syntax.odcs.yaml,line=6,col=4,title=MESH-YAML-001::"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("::warning file="));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r"));
    }

    @Test
    void dataAndPropertiesAreEscapedTheWayGitHubUnescapesThem() {
        Finding finding = finding(
                "R,1:x", Severity.INFO, "a,b:c%.yaml", 0, 0, null, "100% broken\r\nsecond: line, yes", "do: this, now");

        List<String> lines = new GitHubAnnotations(ON_GITHUB).lines(List.of(finding), "");

        assertThat(lines)
                .containsExactly("::notice file=a%2Cb%3Ac%25.yaml,title=R%2C1%3Ax"
                        + "::100%25 broken\\r\\nsecond: line, yes%0AFix: do: this, now");
        assertThat(GitHubAnnotations.escapeData("%0A")).isEqualTo("%250A");
    }

    @Test
    void nothingHappensOffGitHubActions(@TempDir Path temp) throws Exception {
        Path summary = temp.resolve("summary.md");
        List<Finding> findings = ReportFixtures.broken().findings();

        for (Map<String, String> environment : List.of(
                Map.<String, String>of(),
                Map.of("GITHUB_ACTIONS", "false", "GITHUB_STEP_SUMMARY", summary.toString()),
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()))) {
            GitHubAnnotations github = new GitHubAnnotations(environment);
            assertThat(github.onGitHubActions()).isFalse();
            assertThat(github.lines(findings, "")).isEmpty();
            assertThat(github.appendStepSummary(findings, FailOn.ERROR)).isFalse();
        }
        assertThat(summary).doesNotExist();
    }

    @Test
    void theSummaryIsAppendedToTheStepSummaryFile(@TempDir Path temp) throws Exception {
        Path summary = temp.resolve("step_summary");
        Files.writeString(summary, "# Earlier step");
        GitHubAnnotations github =
                new GitHubAnnotations(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));
        List<Finding> findings = ReportFixtures.broken().findings();

        assertThat(github.appendStepSummary(findings, FailOn.ERROR)).isTrue();
        assertThat(github.appendStepSummary(findings, FailOn.ERROR)).isTrue();

        String markdown = new MarkdownSummary().render(findings, FailOn.ERROR);
        assertThat(Files.readString(summary, StandardCharsets.UTF_8))
                .isEqualTo("# Earlier step\n" + markdown + "\n" + markdown);
    }

    @Test
    void aMissingStepSummaryFileIsCreatedAndAnUnsetOneIsIgnored(@TempDir Path temp) throws Exception {
        Path summary = temp.resolve("new_summary");

        assertThat(new GitHubAnnotations(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()))
                        .appendStepSummary(List.of(), FailOn.ERROR))
                .isTrue();
        assertThat(new GitHubAnnotations(ON_GITHUB).appendStepSummary(List.of(), FailOn.ERROR))
                .isFalse();

        assertThat(Files.readString(summary)).startsWith("## Data mesh validation");
    }
}
