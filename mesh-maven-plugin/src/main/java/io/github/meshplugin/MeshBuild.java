package io.github.meshplugin;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.PolicyReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.policy.RulePolicy;
import io.github.meshplugin.rules.policy.SuppressedFinding;
import io.github.meshplugin.rules.policy.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the pipeline once: read the mesh and its policy, build the graph, check the rules, apply the policy.
 * Every goal starts here and takes the stage it needs from the {@link Result}. Knows nothing of Maven.
 */
public final class MeshBuild {

    private final ReadOptions readOptions;
    private final RuleSet rules;
    private final RulePolicy configuredPolicy;

    /** @param configuredPolicy the policy from the build configuration; it overrides the mesh's mesh-rules.yaml */
    public MeshBuild(ReadOptions readOptions, RuleSet rules, RulePolicy configuredPolicy) {
        this.readOptions = readOptions;
        this.rules = rules;
        this.configuredPolicy = configuredPolicy;
    }

    public MeshBuild(ReadOptions readOptions, RuleSet rules) {
        this(readOptions, rules, RulePolicy.none());
    }

    public static MeshBuild defaults() {
        return new MeshBuild(ReadOptions.defaults(), RuleSet.defaults());
    }

    /**
     * The outcome of one run: the model, its graph, every active finding (sorted), the rules that were checked
     * (custom rules included), the findings suppressions set aside, and the policy that was applied.
     */
    public record Result(Mesh mesh, MeshGraph graph, List<Finding> findings, RuleSet rules,
                         List<SuppressedFinding> suppressed, RulePolicy policy) {
    }

    public Result run(Path meshRoot) {
        Path root = meshRoot.toAbsolutePath().normalize();
        MeshReader.Result read = new MeshReader(readOptions).read(root);
        List<Finding> policyFindings = new ArrayList<>();
        RulePolicy policy = new PolicyReader().read(root, policyFindings).overriddenBy(configuredPolicy);
        RuleSet effectiveRules = rules.withLayering(policy.layering()).with(policy.customRules());
        MeshGraph graph = MeshGraph.of(read.mesh());

        Findings findings = new Findings();
        findings.addAll(read.findings());
        findings.addAll(policyFindings);
        findings.addAll(checkPolicyReferences(policy, effectiveRules.catalogue(), read.mesh()));
        findings.addAll(effectiveRules.check(new MeshContext(read.mesh(), graph)));
        List<Finding> attributed = findings.sorted().stream()
                .map(finding -> finding.subject() != null ? finding : attribute(finding, read.mesh()))
                .toList();
        RulePolicy.Outcome outcome = policy.apply(attributed, effectiveRules.catalogue(), read.mesh());
        return new Result(read.mesh(), graph, outcome.findings(), effectiveRules, outcome.suppressed(), policy);
    }

    /** A policy that names a rule or a product that does not exist would silently do nothing: say so. */
    private static List<Finding> checkPolicyReferences(RulePolicy policy, List<RuleInfo> catalogue, Mesh mesh) {
        Set<String> ruleIds = catalogue.stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        Source policyFile = Source.file(PolicyReader.FILE_NAME);
        policy.levels().keySet().stream().filter(id -> !ruleIds.contains(id)).sorted().forEach(id ->
                findings.add(PolicyReader.POLICY_ERROR.finding(policyFile, "the policy sets a severity for rule `"
                        + id + "`, which does not exist", "Use a rule id from the catalog's Rules page.")));
        for (Suppression suppression : policy.suppressions()) {
            Source at = suppression.source() == null ? policyFile : suppression.source();
            if (!ruleIds.contains(suppression.ruleId())) {
                findings.add(PolicyReader.POLICY_ERROR.finding(at, "a suppression names rule `"
                        + suppression.ruleId() + "`, which does not exist"));
            } else if (mesh.product(suppression.target()).isEmpty()
                    && mesh.contract(suppression.target()).isEmpty()) {
                findings.add(PolicyReader.POLICY_ERROR.finding(at, "a suppression of " + suppression.ruleId()
                        + " names `" + suppression.target() + "`, which is no product or contract of this mesh"));
            }
        }
        return findings;
    }

    /** A finding in a file under a product's folder belongs to that product. */
    private static Finding attribute(Finding finding, Mesh mesh) {
        String file = finding.source().file();
        for (DataProduct product : mesh.products()) {
            if (product.id() != null && (file.equals(product.folder()) || file.startsWith(product.folder() + "/"))) {
                return finding.withSubject(product.id());
            }
        }
        return finding;
    }
}
