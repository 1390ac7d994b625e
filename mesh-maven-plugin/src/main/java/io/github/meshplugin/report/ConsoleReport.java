package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.LogText;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.result.MeshResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The summary a person reads in the build log: what was read and counts per severity, then the findings, each in
 * {@code file:line:col} form (so IDEs and CI logs link it) with its rule id and how to fix it.
 * <p>
 * Verbose mode prints every finding grouped by product. Compact mode is for CI logs, where a large mesh's
 * thousands of warnings would bury the errors that failed the build, and it fits in {@link #COMPACT_BUDGET}
 * lines however large the mesh is: the totals, the worst products, every error up to a cap, then how many
 * findings were left for the reports. The reports hold every finding.
 */
public final class ConsoleReport {

    /** A line of the report and how loud it is, so the caller can log errors as errors. */
    public record Line(Severity level, String text) {}

    public static final String VERBOSE_HINT = "Run with -Dmesh.verbose to see every finding.";

    /** The most lines compact mode prints, whatever the mesh's size. */
    public static final int COMPACT_BUDGET = 60;

    /** The most products compact mode's table shows, those with the most errors, then warnings, then infos. */
    static final int WORST_PRODUCTS = 10;

    /** The most errors compact mode prints one by one. */
    static final int ERROR_CAP = 30;

    private static final String NO_PRODUCT = "(not in a product)";
    private static final String DEFAULT_REPORTS = "target/mesh-reports";
    private static final int RULE_IDS_PER_PRODUCT = 3;
    private static final Comparator<Map.Entry<String, Map<Severity, Long>>> WORST_FIRST =
            Comparator.<Map.Entry<String, Map<Severity, Long>>>comparingLong(
                            e -> -e.getValue().get(Severity.ERROR))
                    .thenComparingLong(e -> -e.getValue().get(Severity.WARNING))
                    .thenComparingLong(e -> -e.getValue().get(Severity.INFO))
                    .thenComparing(Map.Entry::getKey);

    /** Every finding, as before compact mode existed. */
    public List<Line> lines(MeshResult result) {
        return lines(result, true);
    }

    public List<Line> lines(MeshResult result, boolean verbose) {
        return lines(result, verbose, DEFAULT_REPORTS);
    }

    /** @param reportsFolder where the reports go, as the user would type it, named when findings are left out */
    public List<Line> lines(MeshResult result, boolean verbose, String reportsFolder) {
        List<Line> lines = new ArrayList<>();
        lines.add(info(meshLine(result)));
        lines.add(info(countsLine(result.findings())));
        Map<String, List<Finding>> bySubject = bySubject(result.findings());
        if (verbose) {
            addEveryFinding(lines, bySubject);
        } else {
            addCompact(lines, result.findings(), bySubject, reportsFolder);
        }
        return lines;
    }

    private static void addEveryFinding(List<Line> lines, Map<String, List<Finding>> bySubject) {
        bySubject.forEach((subject, group) -> {
            lines.add(info(""));
            lines.add(info(LogText.escape(subject) + " (" + plural(group.size(), "finding") + ")"));
            for (Finding finding : group) {
                lines.add(new Line(finding.severity(), "  " + finding.oneLine()));
                if (finding.hint() != null) {
                    lines.add(new Line(finding.severity(), "      fix: " + LogText.escape(finding.hint())));
                }
            }
        });
    }

    private static void addCompact(
            List<Line> lines, List<Finding> findings, Map<String, List<Finding>> bySubject, String reportsFolder) {
        if (findings.isEmpty()) {
            return;
        }
        lines.add(info(""));
        lines.addAll(productTable(bySubject));
        List<Finding> errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            lines.add(info(""));
            for (Finding error : errors.subList(0, Math.min(ERROR_CAP, errors.size()))) {
                // One line per error, fix included, so the log has one line to search for and link per problem.
                lines.add(new Line(
                        Severity.ERROR,
                        "  " + error.oneLine()
                                + (error.hint() == null ? "" : " (fix: " + LogText.escape(error.hint()) + ")")));
            }
        }
        int shown = Math.min(ERROR_CAP, errors.size());
        if (shown < findings.size()) {
            int errorsLeft = errors.size() - shown;
            lines.add(info(""));
            lines.add(info(plural(findings.size() - shown, "more finding")
                    + (errorsLeft == 0 ? "" : " (" + plural(errorsLeft, "error") + ")")
                    + " in " + reportsFolder + "."));
            lines.add(info(VERBOSE_HINT));
        }
    }

    /**
     * The products with the most errors, then warnings, then infos, and how many more have findings. Padded with
     * spaces rather than drawn with box characters, so it survives any log viewer and encoding.
     */
    private static List<Line> productTable(Map<String, List<Finding>> bySubject) {
        Map<String, Map<Severity, Long>> counts = new TreeMap<>();
        bySubject.forEach((subject, group) -> counts.put(subject, Findings.countBySeverity(group)));
        List<String> worst = counts.entrySet().stream()
                .sorted(WORST_FIRST)
                .limit(WORST_PRODUCTS)
                .map(Map.Entry::getKey)
                .toList();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"product", "errors", "warnings", "infos", "rules"});
        for (String subject : worst) {
            Set<String> ruleIds = new LinkedHashSet<>();
            bySubject.get(subject).forEach(finding -> ruleIds.add(LogText.escape(finding.ruleId())));
            String shownRules = String.join(
                            ", ", ruleIds.stream().limit(RULE_IDS_PER_PRODUCT).toList())
                    + (ruleIds.size() > RULE_IDS_PER_PRODUCT ? ", ..." : "");
            Map<Severity, Long> count = counts.get(subject);
            rows.add(new String[] {
                LogText.escape(subject),
                String.valueOf(count.get(Severity.ERROR)),
                String.valueOf(count.get(Severity.WARNING)),
                String.valueOf(count.get(Severity.INFO)),
                shownRules
            });
        }
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
        if (counts.size() > worst.size()) {
            table.add(info("  ... and " + plural(counts.size() - worst.size(), "more product") + " with findings"));
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
