package io.github.meshplugin.result;

import io.github.meshplugin.diff.MeshChanges;
import io.github.meshplugin.diff.Revision;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.finding.SuppressedFinding;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.rules.RuleSet;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one run: the model, its graph and the graph's analyses (computed once, read by rules, view and
 * exports), every active finding (sorted), the rules that were checked
 * (custom rules included), the findings suppressions set aside, and the policy that was applied.
 */
public record MeshResult(
        Mesh mesh,
        MeshGraph graph,
        GraphAnalysis analysis,
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
        this(
                mesh,
                graph,
                GraphAnalysis.of(mesh, graph),
                findings,
                rules,
                suppressed,
                policy,
                MeshChanges.none(),
                List.of());
    }

    /** How many dependencies (consumer, producer, contract) the graph has. */
    public int dependencyCount() {
        return graph.edges().size();
    }

    /** How many of the dependencies cross from one domain to another. */
    public long crossDomainDependencyCount() {
        return graph.crossDomainEdgeCount();
    }

    /** Every rule that was checked, including those checked while reading and custom ones, sorted by id. */
    public List<RuleInfo> catalogue() {
        return rules.catalogue();
    }

    /** The severity the policy gives the rule's findings in this mesh, or empty when it turned the rule off. */
    public Optional<Severity> effectiveSeverity(RuleInfo rule) {
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
