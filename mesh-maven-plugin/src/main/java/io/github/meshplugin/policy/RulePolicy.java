package io.github.meshplugin.policy;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.finding.SuppressedFinding;
import io.github.meshplugin.finding.Suppression;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Mesh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mesh's governance policy: per-rule severities (or {@code off}), suppressions with reasons, and custom
 * rules. Declared in {@code mesh-rules.yaml} at the mesh root and in the POM; the POM wins where both set a
 * rule's severity, so a CI job can tighten a policy without editing the mesh.
 */
public final class RulePolicy {

    /** The word that turns a rule off where a severity is expected. */
    public static final String OFF = "off";

    /** The words a rule's severity can be set to. */
    public static final List<String> LEVELS = List.of("error", "warning", "info", OFF);

    /** Whether {@code level} (in any case, with blanks around it) is one of {@link #LEVELS}. */
    public static boolean isLevel(String level) {
        return level != null && LEVELS.contains(level.trim().toLowerCase(Locale.ROOT));
    }

    private final Map<String, String> levels;
    private final List<Suppression> suppressions;
    private final List<CustomRuleDefinition> customRules;
    private final Layering layering;

    public RulePolicy(
            Map<String, String> levels, List<Suppression> suppressions, List<CustomRuleDefinition> customRules) {
        this(levels, suppressions, customRules, null);
    }

    /** @param layering the layering policy (rule MESH-GRAPH-003), or null to keep the one below or the default */
    public RulePolicy(
            Map<String, String> levels,
            List<Suppression> suppressions,
            List<CustomRuleDefinition> customRules,
            Layering layering) {
        Map<String, String> normalised = new LinkedHashMap<>();
        levels.forEach((rule, level) -> normalised.put(rule, level.trim().toLowerCase(Locale.ROOT)));
        this.levels = Map.copyOf(normalised);
        this.suppressions = List.copyOf(suppressions);
        this.customRules = List.copyOf(customRules);
        this.layering = layering;
    }

    public static RulePolicy none() {
        return new RulePolicy(Map.of(), List.of(), List.of());
    }

    /** This policy with {@code overrides} applied on top: their severities win; suppressions and rules add up. */
    public RulePolicy overriddenBy(RulePolicy overrides) {
        Map<String, String> merged = new LinkedHashMap<>(levels);
        merged.putAll(overrides.levels);
        List<Suppression> allSuppressions = new ArrayList<>(suppressions);
        allSuppressions.addAll(overrides.suppressions);
        List<CustomRuleDefinition> allRules = new ArrayList<>(customRules);
        allRules.addAll(overrides.customRules);
        return new RulePolicy(
                merged, allSuppressions, allRules, overrides.layering != null ? overrides.layering : layering);
    }

    public List<CustomRuleDefinition> customRules() {
        return customRules;
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The layering policy this mesh sets, or {@link Layering#DEFAULT}. */
    public Layering layering() {
        return layering == null ? Layering.DEFAULT : layering;
    }

    public Map<String, String> levels() {
        return levels;
    }

    /** The severity the rule's findings get in this mesh, or empty when the rule is off. */
    public Optional<Severity> effectiveSeverity(RuleInfo rule) {
        String level = levels.get(rule.id());
        if (level == null) {
            return Optional.of(rule.defaultSeverity());
        }
        return OFF.equals(level) ? Optional.empty() : Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT)));
    }

    /** Findings after the policy: severities changed, findings of rules turned off dropped, suppressed ones set aside. */
    public record Outcome(List<Finding> findings, List<SuppressedFinding> suppressed) {}

    public Outcome apply(List<Finding> findings, List<RuleInfo> catalogue, Mesh mesh) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        catalogue.forEach(rule -> rules.put(rule.id(), rule));
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            // Without a configured level a finding keeps the severity its rule gave it: a rule may grade its
            // findings (a read of a retired contract is worse than one of a deprecated contract).
            RuleInfo rule = rules.get(finding.ruleId());
            Optional<Severity> severity = rule == null || !levels.containsKey(rule.id())
                    ? Optional.of(finding.severity())
                    : effectiveSeverity(rule);
            if (severity.isEmpty()) {
                continue;
            }
            Finding adjusted = new Finding(
                    finding.ruleId(),
                    severity.get(),
                    finding.source(),
                    finding.subject(),
                    finding.message(),
                    finding.hint());
            Optional<Suppression> suppression = suppressions.stream()
                    .filter(s -> s.ruleId().equals(finding.ruleId()) && covers(s, finding, mesh))
                    .findFirst();
            if (suppression.isPresent()) {
                suppressed.add(new SuppressedFinding(adjusted, suppression.get()));
            } else {
                active.add(adjusted);
            }
        }
        return new Outcome(active, suppressed);
    }

    private static boolean covers(Suppression suppression, Finding finding, Mesh mesh) {
        if (suppression.target().equals(finding.subject())) {
            return true;
        }
        return mesh.contract(suppression.target())
                .map(Contract::source)
                .map(source -> Objects.equals(source.file(), finding.source().file()))
                .orElse(false);
    }
}
