package io.github.meshplugin.result;

import io.github.meshplugin.diff.MeshChanges;
import io.github.meshplugin.diff.Revision;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.policy.RulePolicy;
import io.github.meshplugin.rules.policy.SuppressedFinding;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one run: the model, its graph, every active finding (sorted), the rules that were checked
 * (custom rules included), the findings suppressions set aside, and the policy that was applied.
 */
public record MeshResult(
        Mesh mesh,
        MeshGraph graph,
        List<Finding> findings,
        RuleSet rules,
        List<SuppressedFinding> suppressed,
        RulePolicy policy,
        MeshChanges changes,
        List<Revision> history) {

    public MeshResult {
        history = List.copyOf(history);
    }

    public MeshResult(
            Mesh mesh,
            MeshGraph graph,
            List<Finding> findings,
            RuleSet rules,
            List<SuppressedFinding> suppressed,
            RulePolicy policy) {
        this(mesh, graph, findings, rules, suppressed, policy, MeshChanges.none(), List.of());
    }

    /** The rules that were checked, custom rules included, sorted by id. */
    public List<RuleInfo> ruleCatalogue() {
        return rules.catalogue();
    }

    /** The severity the policy gives {@code rule}; empty when the policy turns it off. */
    public Optional<Severity> configuredSeverity(RuleInfo rule) {
        return policy.effectiveSeverity(rule);
    }

    /** The findings suppressions set aside, each with the suppression's target and reason. */
    public List<Silenced> silenced() {
        return suppressed.stream()
                .map(s -> new Silenced(
                        s.finding(),
                        s.suppression().target(),
                        s.suppression().reason(),
                        s.suppression().source()))
                .toList();
    }
}
