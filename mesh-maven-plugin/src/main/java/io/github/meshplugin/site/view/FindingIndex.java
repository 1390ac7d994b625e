package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.site.view.CatalogView.FindingView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The build's findings indexed once, so each page looks up what it shows instead of scanning them all. */
final class FindingIndex {

    private final List<Finding> all;
    private final Map<String, List<Finding>> bySubject = new HashMap<>();
    private final Map<String, List<Finding>> byFile = new HashMap<>();
    private final Map<String, List<Finding>> byRule = new HashMap<>();

    private final SourceLinks links;

    FindingIndex(List<Finding> findings) {
        this(findings, SourceLinks.none());
    }

    FindingIndex(List<Finding> findings, SourceLinks links) {
        this.links = links;
        this.all = findings;
        for (Finding finding : findings) {
            if (finding.subject() != null) {
                bySubject
                        .computeIfAbsent(finding.subject(), s -> new ArrayList<>())
                        .add(finding);
            }
            byFile.computeIfAbsent(finding.source().file(), f -> new ArrayList<>())
                    .add(finding);
            byRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
        }
    }

    List<Finding> all() {
        return all;
    }

    List<Finding> ofProduct(String productId) {
        return productId == null ? List.of() : bySubject.getOrDefault(productId, List.of());
    }

    List<Finding> ofProducts(List<DataProduct> products) {
        return products.stream()
                .map(DataProduct::id)
                .distinct()
                .flatMap(id -> ofProduct(id).stream())
                .toList();
    }

    List<Finding> ofFile(String file) {
        return byFile.getOrDefault(file, List.of());
    }

    List<Finding> ofRule(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }

    static List<FindingView> views(List<Finding> list) {
        return views(list, SourceLinks.none());
    }

    /** As {@link #views(List)}, each finding linked to its line in the repository's web view. */
    List<FindingView> linked(List<Finding> list) {
        return views(list, links);
    }

    SourceLinks links() {
        return links;
    }

    private static List<FindingView> views(List<Finding> list, SourceLinks links) {
        return list.stream()
                .map(f -> new FindingView(
                        f.ruleId(),
                        Hrefs.rule(f.ruleId()),
                        f.severity().label(),
                        f.source().location(),
                        f.message(),
                        f.hint(),
                        links.source(f.source().file(), f.source().line())))
                .toList();
    }

    static int count(List<Finding> list, Severity severity) {
        return (int) list.stream().filter(f -> f.severity() == severity).count();
    }
}
