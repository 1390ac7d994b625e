package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import java.util.function.Consumer;

/** One check over the whole mesh. Implementations are small, stateless and named for what they enforce. */
public interface Rule {

    RuleInfo info();

    void check(MeshContext context, Consumer<Finding> report);
}
