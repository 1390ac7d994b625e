package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.read.ReadRules;
import io.github.meshplugin.rules.graph.NoDependencyCycles;
import io.github.meshplugin.rules.identity.UniqueContractIds;
import io.github.meshplugin.rules.identity.UniqueProductIds;
import io.github.meshplugin.rules.ownership.OwnerTeamDeclared;
import io.github.meshplugin.rules.ownership.ProductHasOwner;
import io.github.meshplugin.rules.reference.InputContractPublished;
import io.github.meshplugin.rules.reference.OutputContractExists;
import io.github.meshplugin.rules.reference.PortVersionMatchesContract;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rules a build runs, in a fixed order. */
public final class RuleSet {

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSet defaults() {
        return new RuleSet(List.of(new UniqueProductIds(), new UniqueContractIds(), new InputContractPublished(),
                new OutputContractExists(), new PortVersionMatchesContract(), new ProductHasOwner(),
                new OwnerTeamDeclared(), new NoDependencyCycles()));
    }

    public List<Finding> check(MeshContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, findings::add);
        }
        return findings;
    }

    /** Every rule the plugin knows, including those checked while reading, sorted by id: the rule catalogue. */
    public List<RuleInfo> catalogue() {
        List<RuleInfo> all = new ArrayList<>(ReadRules.ALL);
        rules.forEach(rule -> all.add(rule.info()));
        all.sort(Comparator.comparing(RuleInfo::id));
        return all;
    }
}
