package io.github.meshplugin.report;

import static io.github.meshplugin.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.result.MeshResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFindingsReportTest {

    private final JsonFindingsReport report = new JsonFindingsReport();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void summarizesAndListsEveryFindingInTheOrderGiven() throws Exception {
        MeshResult result = ReportFixtures.broken();
        JsonNode document = json.readTree(report.write(result.findings()));

        assertThat(document.path("formatVersion").asText()).isEqualTo("1");
        for (Severity severity : Severity.values()) {
            assertThat(document.at("/summary/" + severity.label()).asLong())
                    .isEqualTo(result.findings().stream()
                            .filter(f -> f.severity() == severity)
                            .count());
        }
        List<String> lines = new ArrayList<>();
        document.path("findings")
                .forEach(f -> lines.add(f.path("file").asText() + ":"
                        + f.path("line").asInt()
                        + ":" + f.path("column").asInt() + ": "
                        + f.path("severity").asText() + " ["
                        + f.path("ruleId").asText() + "] " + f.path("message").asText()));
        assertThat(lines)
                .containsExactlyElementsOf(
                        result.findings().stream().map(Finding::oneLine).toList());
    }

    @Test
    void absentValuesAreNullsSoEveryFindingHasEveryKey() throws Exception {
        JsonNode finding = json.readTree(report.write(
                        List.of(finding("R-1", Severity.WARNING, "teams/t.yaml", 0, 0, null, "msg \u0001", null))))
                .at("/findings/0");

        assertThat(finding.properties())
                .extracting(e -> e.getKey())
                .containsExactly("ruleId", "severity", "file", "line", "column", "subject", "message", "hint");
        assertThat(finding.path("subject").isNull()).isTrue();
        assertThat(finding.path("hint").isNull()).isTrue();
        assertThat(finding.path("severity").asText()).isEqualTo("warning");
        assertThat(finding.path("message").asText()).isEqualTo("msg \u0001");
    }

    @Test
    void noFindingsIsAnEmptyListWithZeroCounts() throws Exception {
        JsonNode document = json.readTree(report.write(List.of()));

        assertThat(document.path("findings")).isEmpty();
        assertThat(document.path("summary").toString()).isEqualTo("{\"error\":0,\"warning\":0,\"info\":0}");
    }
}
