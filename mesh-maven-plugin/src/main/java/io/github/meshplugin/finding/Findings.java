package io.github.meshplugin.finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A collector of findings; every stage adds to it and nothing removes from it. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public void add(Finding finding) {
        all.add(finding);
    }

    public void addAll(List<Finding> findings) {
        all.addAll(findings);
    }

    /** The findings in a stable order: worst first, then by file and position. */
    public List<Finding> sorted() {
        return all.stream().sorted(Finding.ORDER).toList();
    }

    public static Map<Severity, Long> countBySeverity(List<Finding> findings) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(
                    severity,
                    findings.stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }
}
