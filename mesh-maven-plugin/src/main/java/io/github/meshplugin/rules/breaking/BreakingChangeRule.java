package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ConsumerImpact;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

/** A rule that judges each breaking change against the baseline, with the consumers it reaches. */
interface BreakingChangeRule extends Rule {

    void check(ConsumerImpact.Verdict verdict, Consumer<Finding> report);

    @Override
    default void check(MeshContext context, Consumer<Finding> report) {
        context.changes().verdicts().forEach(verdict -> check(verdict, report));
    }
}
