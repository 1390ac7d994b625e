package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.LogText;
import io.github.meshplugin.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A GitHub-flavoured markdown summary of a validation, for a job's step summary or a pull-request comment:
 * the verdict, the counts, and the worst findings first. The table is capped because GitHub limits a step
 * summary to 1 MiB and nobody reads the thousandth row; the complete list is in the other reports.
 */
public final class MarkdownSummary {

    public static final int DEFAULT_MAX_ROWS = 200;

    /**
     * Escaped wherever they stand outside a code span: each could start a link, emphasis, an HTML tag or an
     * entity. {@code <} matters most: a YAML message such as "expected &lt;block end&gt;" would otherwise be taken
     * for an HTML tag and stripped by GitHub, losing the words that explain the error.
     */
    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>|~&!#";

    private final int maxRows;

    public MarkdownSummary() {
        this(DEFAULT_MAX_ROWS);
    }

    public MarkdownSummary(int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative; was " + maxRows);
        }
        this.maxRows = maxRows;
    }

    /** The summary of the findings, in the order given (the build's order puts errors first). */
    public String render(List<Finding> findings, FailOn failOn) {
        StringBuilder md = new StringBuilder();
        md.append("## Data mesh validation\n\n");
        md.append(verdict(findings, failOn)).append("\n\n");

        Map<Severity, Long> counts = Findings.countBySeverity(findings);
        md.append("| Severity | Count |\n|---|---:|\n");
        for (Severity severity : Severity.values()) {
            md.append("| ")
                    .append(severity.label())
                    .append(" | ")
                    .append(counts.get(severity))
                    .append(" |\n");
        }
        if (findings.isEmpty()) {
            return md.append("\nNo findings.\n").toString();
        }

        md.append("\n| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
        List<Finding> shown = findings.subList(0, Math.min(maxRows, findings.size()));
        for (Finding finding : shown) {
            md.append("| ")
                    .append(finding.severity().label())
                    .append(" | ")
                    .append(inline(finding.ruleId()))
                    .append(" | ")
                    .append(codeSpan(finding.source().location()))
                    .append(" | ")
                    .append(inline(finding.message()))
                    .append(" |\n");
        }
        int hidden = findings.size() - shown.size();
        if (hidden > 0) {
            md.append("\n... and ").append(hidden).append(" more\n");
        }
        return md.toString();
    }

    private static String verdict(List<Finding> findings, FailOn failOn) {
        String threshold = "failOn=" + failOn.name().toLowerCase(Locale.ROOT);
        long failing = findings.stream()
                .filter(f -> FailingSeverity.fails(failOn, f.severity()))
                .count();
        if (failing == 0) {
            return "**Passed** (" + threshold + "): " + ConsoleReport.plural(findings.size(), "finding") + ".";
        }
        String what = failOn == FailOn.ERROR
                ? ConsoleReport.plural(failing, "error")
                : failing + (failing == 1 ? " error or warning" : " errors or warnings");
        return "**Failed** at " + threshold + ": " + what + ".";
    }

    /**
     * Text from the mesh's files as one table cell: line breaks would end the row, and a bare {@code |} would
     * start a new cell. Backtick pairs stay code spans, as they are meant (messages quote field names that way),
     * and only {@code |} is escaped inside them, which GFM tables honour even within code.
     */
    static String inline(String text) {
        String oneLine =
                LogText.escape(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < oneLine.length()) {
            char c = oneLine.charAt(i);
            if (c == '`') {
                int fence = run(oneLine, i, '`');
                int closing = closingFence(oneLine, i + fence, fence);
                if (closing >= 0) {
                    cell.append(oneLine, i, i + fence)
                            .append(oneLine.substring(i + fence, closing).replace("|", "\\|"))
                            .append(oneLine, closing, closing + fence);
                    i = closing + fence;
                } else {
                    cell.append("\\`".repeat(fence));
                    i += fence;
                }
            } else {
                if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                    cell.append('\\');
                }
                cell.append(c);
                i++;
            }
        }
        return cell.toString();
    }

    /** A code span whose fence is longer than any backtick run inside, so any file name shows verbatim. */
    static String codeSpan(String text) {
        String oneLine = LogText.escape(text.replace('\r', ' ').replace('\n', ' '));
        int longestRun = 0;
        for (int i = 0; i < oneLine.length(); i++) {
            if (oneLine.charAt(i) == '`') {
                int run = run(oneLine, i, '`');
                longestRun = Math.max(longestRun, run);
                i += run - 1;
            }
        }
        String fence = "`".repeat(longestRun + 1);
        String padding = longestRun > 0 ? " " : "";
        return fence + padding + oneLine.replace("|", "\\|") + padding + fence;
    }

    private static int run(String text, int from, char c) {
        int end = from;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    /** Where a backtick run of exactly {@code length} starts at or after {@code from}, or -1. */
    private static int closingFence(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = run(text, i, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
