package io.github.meshplugin.rules.identity;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reports every item whose id an earlier item (in path order) already uses, naming where the first one is. */
final class DuplicateIds {

    private DuplicateIds() {}

    static <T> void report(
            List<T> items,
            Function<T, String> id,
            Function<T, Source> source,
            String noun,
            RuleInfo rule,
            Consumer<Finding> report) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            String itemId = id.apply(item);
            T earlier = itemId == null ? null : first.putIfAbsent(itemId, item);
            if (earlier != null) {
                report.accept(rule.finding(
                        source.apply(item),
                        noun + " id `" + itemId + "` is already used by "
                                + source.apply(earlier).location()));
            }
        }
    }
}
