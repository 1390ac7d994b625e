package io.github.meshplugin.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.Severity;
import java.util.List;
import java.util.Map;

/**
 * {@code findings.json}: the findings alone, flat and small, for scripts and bots that do not want to read SARIF
 * or the whole {@code catalog.json}. Absent values are written as {@code null} so every finding has every key.
 */
public final class JsonFindingsReport {

    /** Raised when the shape of the file changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    /** Writes the findings in the order given (the build's order: worst first, then by file and position). */
    public byte[] write(List<Finding> findings) {
        ObjectNode document = ReportJson.object();
        document.put("formatVersion", FORMAT_VERSION);
        ObjectNode summary = document.putObject("summary");
        Map<Severity, Long> counts = Findings.countBySeverity(findings);
        for (Severity severity : Severity.values()) {
            summary.put(severity.label(), counts.get(severity));
        }
        ArrayNode list = document.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity().label());
            node.put("file", finding.source().file());
            node.put("line", finding.source().line());
            node.put("column", finding.source().column());
            node.put("subject", finding.subject());
            node.put("message", finding.message());
            node.put("hint", finding.hint());
        }
        return ReportJson.bytes(document);
    }
}
