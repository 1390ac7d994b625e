package io.github.meshplugin.policy;

import io.github.meshplugin.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy set in the build configuration (the POM), checked and turned into a {@link RulePolicy} that
 * overrides the mesh's mesh-rules.yaml. The same checks as for the file apply; only the way a mistake is told
 * differs (see {@link PolicyConfigurationException}).
 */
public final class ConfiguredPolicy {

    /** One configured suppression: a rule, a product or a contract, and a reason; any may be missing. */
    public record SuppressionSetting(String rule, String product, String contract, String reason) {}

    /** The configured layering: the property that names a product's kind and the kinds in order; either may be unset. */
    public record LayeringSetting(String property, List<String> order) {}

    private ConfiguredPolicy() {}

    /**
     * @param severities severity per rule id (null: none)
     * @param suppressions the configured suppressions (null: none)
     * @param layering the configured layering (null: the one in mesh-rules.yaml, or the default)
     */
    public static RulePolicy of(
            Map<String, String> severities, List<SuppressionSetting> suppressions, LayeringSetting layering)
            throws PolicyConfigurationException {
        List<Suppression> configured = new ArrayList<>();
        for (SuppressionSetting suppression : suppressions == null ? List.<SuppressionSetting>of() : suppressions) {
            String target = suppression.product() != null ? suppression.product() : suppression.contract();
            if (suppression.rule() == null
                    || target == null
                    || suppression.reason() == null
                    || suppression.reason().isBlank()) {
                throw new PolicyConfigurationException("Each <suppression> needs a <rule>, a <product> or "
                        + "<contract>, and a <reason> (shown on the quality page); got rule=" + suppression.rule()
                        + ", target=" + target + ", reason=" + suppression.reason());
            }
            configured.add(new Suppression(suppression.rule(), target, suppression.reason(), null));
        }
        Map<String, String> levels = severities == null ? Map.of() : severities;
        for (Map.Entry<String, String> level : levels.entrySet()) {
            if (!RulePolicy.isLevel(level.getValue())) {
                throw new PolicyConfigurationException("<severities><" + level.getKey() + "> is '" + level.getValue()
                        + "'; it must be one of error, warning, info, off");
            }
        }
        return new RulePolicy(levels, configured, List.of(), layering(layering));
    }

    private static Layering layering(LayeringSetting layering) throws PolicyConfigurationException {
        if (layering == null) {
            return null;
        }
        Layering defaults = Layering.DEFAULT;
        List<String> order =
                layering.order() == null || layering.order().isEmpty() ? defaults.order() : layering.order();
        if (Layering.namesAKindTwice(order)) {
            throw new PolicyConfigurationException("<layering><order> names a kind twice: " + String.join(", ", order));
        }
        return new Layering(
                layering.property() == null || layering.property().isBlank()
                        ? defaults.property()
                        : layering.property().trim(),
                order);
    }
}
