package io.github.meshplugin.rules;

import io.github.meshplugin.finding.FederationRules;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.policy.Layering;
import io.github.meshplugin.policy.PolicyReader;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.rules.breaking.BaselineUnavailable;
import io.github.meshplugin.rules.breaking.BreakingChangeNotUsed;
import io.github.meshplugin.rules.breaking.BreakingChangeReachesConsumers;
import io.github.meshplugin.rules.breaking.BreakingChangeUnderNewMajor;
import io.github.meshplugin.rules.breaking.UsedPropertiesExist;
import io.github.meshplugin.rules.custom.CustomRule;
import io.github.meshplugin.rules.documentation.ActiveProductHasPurpose;
import io.github.meshplugin.rules.graph.NoDependencyCycles;
import io.github.meshplugin.rules.graph.NoOrphanProducts;
import io.github.meshplugin.rules.graph.RespectsLayering;
import io.github.meshplugin.rules.identity.UniqueContractIds;
import io.github.meshplugin.rules.identity.UniqueProductIds;
import io.github.meshplugin.rules.lifecycle.ReadsDeprecatedContract;
import io.github.meshplugin.rules.lifecycle.ReadsRetiredContract;
import io.github.meshplugin.rules.naming.IdsFollowNamingPattern;
import io.github.meshplugin.rules.ownership.OwnerTeamDeclared;
import io.github.meshplugin.rules.ownership.ProductHasOwner;
import io.github.meshplugin.rules.privacy.PiiPropertyClassified;
import io.github.meshplugin.rules.reference.InputContractPublished;
import io.github.meshplugin.rules.reference.OutputContractExists;
import io.github.meshplugin.rules.reference.PortVersionMatchesContract;
import io.github.meshplugin.rules.reference.ProductHasOutputPort;
import io.github.meshplugin.rules.sla.ActiveProductDeclaresSla;
import io.github.meshplugin.rules.versioning.VersionsAreSemantic;
import io.github.meshplugin.rules.visibility.InternalPortsStayInDomain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a build runs, in a fixed order. */
public final class RuleSet {

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSet defaults() {
        return defaults(IdsFollowNamingPattern.DEFAULT_PATTERN);
    }

    /** The plugin's rules, with the mesh's own convention for product and contract ids. */
    public static RuleSet defaults(Pattern idPattern) {
        return new RuleSet(List.of(
                new UniqueProductIds(),
                new UniqueContractIds(),
                new InputContractPublished(),
                new OutputContractExists(),
                new PortVersionMatchesContract(),
                new ProductHasOutputPort(),
                new ProductHasOwner(),
                new OwnerTeamDeclared(),
                new NoDependencyCycles(),
                new ActiveProductHasPurpose(),
                new PiiPropertyClassified(),
                new ActiveProductDeclaresSla(),
                new ReadsDeprecatedContract(),
                new ReadsRetiredContract(),
                new InternalPortsStayInDomain(),
                new IdsFollowNamingPattern(idPattern),
                new VersionsAreSemantic(),
                new BreakingChangeReachesConsumers(),
                new BreakingChangeUnderNewMajor(),
                new BreakingChangeNotUsed(),
                new UsedPropertiesExist(),
                new NoOrphanProducts(),
                new RespectsLayering(Layering.DEFAULT)));
    }

    /** These rules with the mesh's layering policy in place of the default one. */
    public RuleSet withLayering(Layering layering) {
        return new RuleSet(rules.stream()
                .map(rule -> rule instanceof RespectsLayering ? new RespectsLayering(layering) : rule)
                .toList());
    }

    /** These rules as a mesh's policy shapes them: its layering in place of the default, and its custom rules. */
    public RuleSet withPolicy(RulePolicy policy) {
        return withLayering(policy.layering())
                .with(policy.customRules().stream().map(CustomRule::new).toList());
    }

    /** These rules and {@code more}, such as the custom rules of a mesh's policy. */
    public RuleSet with(List<? extends Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleSet(all);
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
        all.add(PolicyReader.POLICY_ERROR);
        all.add(BaselineUnavailable.INFO);
        all.addAll(FederationRules.ALL);
        rules.forEach(rule -> all.add(rule.info()));
        all.sort(Comparator.comparing(RuleInfo::id));
        return all;
    }
}
