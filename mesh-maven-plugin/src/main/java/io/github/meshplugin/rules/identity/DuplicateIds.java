package io.github.meshplugin.rules.identity;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reports every item whose id another item also uses, at each of them and naming every file that declares the
 * id: whichever file a reader opens, the finding says where the others are.
 */
final class DuplicateIds {

    private DuplicateIds() {}

    static <T> void report(
            List<T> items,
            Function<T, String> id,
            Function<T, Source> source,
            String noun,
            RuleInfo rule,
            Consumer<Finding> report) {
        Map<String, List<T>> byId = new LinkedHashMap<>();
        for (T item : items) {
            String itemId = id.apply(item);
            if (itemId != null) {
                byId.computeIfAbsent(itemId, key -> new ArrayList<>()).add(item);
            }
        }
        byId.forEach((itemId, same) -> {
            if (same.size() < 2) {
                return;
            }
            List<String> files = same.stream()
                    .map(item -> source.apply(item).location())
                    .sorted()
                    .toList();
            for (T item : same) {
                report.accept(rule.finding(
                        source.apply(item),
                        noun + " id `" + itemId + "` is declared by " + same.size() + " files: "
                                + String.join(", ", files)));
            }
        });
    }
}
