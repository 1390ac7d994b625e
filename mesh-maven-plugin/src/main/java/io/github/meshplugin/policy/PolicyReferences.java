package io.github.meshplugin.policy;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Suppression;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a policy names that this mesh and its rules do not have. Such an entry would silently do nothing, so each
 * is a finding of {@link PolicyReader#POLICY_ERROR}. Checked once the rule catalogue (custom rules included) and
 * the mesh are known.
 */
public final class PolicyReferences {

    private PolicyReferences() {}

    /** A finding per severity set for an unknown rule, and per suppression of an unknown rule or subject. */
    public static List<Finding> check(RulePolicy policy, List<RuleInfo> catalogue, Mesh mesh) {
        Set<String> ruleIds = catalogue.stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        Source policyFile = Source.file(PolicyReader.FILE_NAME);
        policy.levels().keySet().stream()
                .filter(id -> !ruleIds.contains(id))
                .sorted()
                .forEach(id -> findings.add(PolicyReader.POLICY_ERROR.finding(
                        policyFile,
                        "the policy sets a severity for rule `" + id + "`, which does not exist",
                        "Use a rule id from the catalog's Rules page.")));
        for (Suppression suppression : policy.suppressions()) {
            Source at = suppression.source() == null ? policyFile : suppression.source();
            if (!ruleIds.contains(suppression.ruleId())) {
                findings.add(PolicyReader.POLICY_ERROR.finding(
                        at, "a suppression names rule `" + suppression.ruleId() + "`, which does not exist"));
            } else if (mesh.product(suppression.target()).isEmpty()
                    && mesh.contract(suppression.target()).isEmpty()) {
                findings.add(PolicyReader.POLICY_ERROR.finding(
                        at,
                        "a suppression of " + suppression.ruleId() + " names `" + suppression.target()
                                + "`, which is no product or contract of this mesh"));
            }
        }
        return findings;
    }
}
