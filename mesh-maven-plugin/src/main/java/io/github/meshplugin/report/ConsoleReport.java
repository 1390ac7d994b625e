package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.result.MeshResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The summary a person reads in the build log: what was read and counts per severity, then the findings, each in
 * {@code file:line:col} form (so IDEs and CI logs link it) with its rule id and how to fix it.
 * <p>
 * Verbose mode prints every finding grouped by product. Compact mode is for CI logs, where a long mesh's
 * hundreds of warnings would bury the errors that failed the build: a table of products with their counts, then
 * only the errors, each on one line.
 */
public final class ConsoleReport {

    /** A line of the report and how loud it is, so the caller can log errors as errors. */
    public record Line(Severity level, String text) {}

    public static final String VERBOSE_HINT = "Run with -Dmesh.verbose to see every finding.";

    private static final String NO_PRODUCT = "(not in a product)";
    private static final int RULE_IDS_PER_PRODUCT = 3;

    /** Every finding, as before compact mode existed. */
    public List<Line> lines(MeshResult result) {
        return lines(result, true);
    }

    public List<Line> lines(MeshResult result, boolean verbose) {
        List<Line> lines = new ArrayList<>();
        lines.add(info(meshLine(result)));
        lines.add(info(countsLine(result.findings())));
        Map<String, List<Finding>> bySubject = bySubject(result.findings());
        if (verbose) {
            addEveryFinding(lines, bySubject);
        } else {
            addCompact(lines, result.findings(), bySubject);
        }
        return lines;
    }

    private static void addEveryFinding(List<Line> lines, Map<String, List<Finding>> bySubject) {
        bySubject.forEach((subject, group) -> {
            lines.add(info(""));
            lines.add(info(subject + " (" + plural(group.size(), "finding") + ")"));
            for (Finding finding : group) {
                lines.add(new Line(finding.severity(), "  " + finding.oneLine()));
                if (finding.hint() != null) {
                    lines.add(new Line(finding.severity(), "      fix: " + finding.hint()));
                }
            }
        });
    }

    private static void addCompact(List<Line> lines, List<Finding> findings, Map<String, List<Finding>> bySubject) {
        if (findings.isEmpty()) {
            return;
        }
        lines.add(info(""));
        lines.addAll(productTable(bySubject));
        List<Finding> errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            lines.add(info(""));
            for (Finding error : errors) {
                // One line per error, fix included, so the log has one line to search for and link per problem.
                lines.add(new Line(
                        Severity.ERROR,
                        "  " + error.oneLine() + (error.hint() == null ? "" : " (fix: " + error.hint() + ")")));
            }
        }
        if (errors.size() < findings.size()) {
            lines.add(info(""));
            lines.add(info(VERBOSE_HINT));
        }
    }

    /** Padded with spaces rather than drawn with box characters, so it survives any log viewer and encoding. */
    private static List<Line> productTable(Map<String, List<Finding>> bySubject) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"product", "errors", "warnings", "infos", "rules"});
        bySubject.forEach((subject, group) -> {
            Map<Severity, Long> counts = Findings.countBySeverity(group);
            Set<String> ruleIds = new LinkedHashSet<>();
            group.forEach(finding -> ruleIds.add(finding.ruleId()));
            String shownRules = String.join(
                            ", ", ruleIds.stream().limit(RULE_IDS_PER_PRODUCT).toList())
                    + (ruleIds.size() > RULE_IDS_PER_PRODUCT ? ", ..." : "");
            rows.add(new String[] {
                subject,
                String.valueOf(counts.get(Severity.ERROR)),
                String.valueOf(counts.get(Severity.WARNING)),
                String.valueOf(counts.get(Severity.INFO)),
                shownRules
            });
        });
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        List<Line> table = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder("  ").append(pad(row[0], widths[0], false));
            for (int column = 1; column < row.length - 1; column++) {
                text.append("  ").append(pad(row[column], widths[column], true));
            }
            text.append("  ").append(row[row.length - 1]);
            table.add(info(text.toString()));
        }
        return table;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    private static Map<String, List<Finding>> bySubject(List<Finding> findings) {
        Map<String, List<Finding>> bySubject = new TreeMap<>();
        for (Finding finding : findings) {
            bySubject
                    .computeIfAbsent(finding.subject() == null ? NO_PRODUCT : finding.subject(), k -> new ArrayList<>())
                    .add(finding);
        }
        return bySubject;
    }

    private static String meshLine(MeshResult result) {
        Mesh mesh = result.mesh();
        int edges = result.dependencyCount();
        return "Mesh: " + plural(mesh.domains().size(), "domain") + ", "
                + plural(mesh.products().size(), "product") + ", "
                + plural(mesh.contracts().size(), "contract")
                + ", " + plural(mesh.teams().size(), "team") + ", "
                + (edges == 1 ? "1 dependency" : edges + " dependencies")
                + " (" + result.crossDomainDependencyCount() + " across domains)";
    }

    private static String countsLine(List<Finding> findings) {
        Map<Severity, Long> counts = Findings.countBySeverity(findings);
        return "Findings: " + plural(counts.get(Severity.ERROR), "error") + ", "
                + plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info";
    }

    private static Line info(String text) {
        return new Line(Severity.INFO, text);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
