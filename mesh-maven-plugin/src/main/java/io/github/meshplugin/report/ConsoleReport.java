package io.github.meshplugin.report;

import io.github.meshplugin.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary a person reads in the build log: what was read, counts per severity, then every finding grouped
 * by product, each in {@code file:line:col} form (so IDEs and CI logs link it) with its rule id and how to fix it.
 */
public final class ConsoleReport {

    /** A line of the report and how loud it is, so the caller can log errors as errors. */
    public record Line(Severity level, String text) {
    }

    private static final String NO_PRODUCT = "(not in a product)";

    public List<Line> lines(MeshBuild.Result result) {
        Mesh mesh = result.mesh();
        List<Finding> findings = result.findings();
        List<Line> lines = new ArrayList<>();
        lines.add(info("Mesh: " + plural(mesh.domains().size(), "domain") + ", "
                + plural(mesh.products().size(), "product") + ", " + plural(mesh.contracts().size(), "contract")
                + ", " + plural(mesh.teams().size(), "team") + ", "
                + (result.graph().edges().size() == 1 ? "1 dependency" : result.graph().edges().size()
                + " dependencies") + " (" + result.graph().crossDomainEdgeCount() + " across domains)"));
        Map<Severity, Long> counts = Findings.countBySeverity(findings);
        lines.add(info("Findings: " + plural(counts.get(Severity.ERROR), "error") + ", "
                + plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info"));
        Map<String, List<Finding>> bySubject = new TreeMap<>();
        for (Finding finding : findings) {
            bySubject.computeIfAbsent(finding.subject() == null ? NO_PRODUCT : finding.subject(),
                    k -> new ArrayList<>()).add(finding);
        }
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
        return lines;
    }

    private static Line info(String text) {
        return new Line(Severity.INFO, text);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
