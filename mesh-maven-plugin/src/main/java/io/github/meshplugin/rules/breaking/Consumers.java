package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ConsumerImpact;
import java.util.List;

/** Lists consumers the way people read them: "A", "A and B", "A, B and C". */
final class Consumers {

    private Consumers() {}

    static String list(List<ConsumerImpact.Consumer> consumers) {
        List<String> names = consumers.stream()
                .map(ConsumerImpact.Consumer::describe)
                .distinct()
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
