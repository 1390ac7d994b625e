package io.github.meshplugin.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.finding.Suppression;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.policy.CustomRuleDefinition.Check;
import io.github.meshplugin.policy.CustomRuleDefinition.Target;
import io.github.meshplugin.read.Fields;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.TextFiles;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlTreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the governance policy a mesh keeps in {@code mesh-rules.yaml} at its root:
 * <pre>
 * rules:                      # severity per rule id: error, warning, info or off
 *   MESH-SLA-001: error
 * suppressions:               # one rule silenced for one product or contract, with a reason
 *   - {rule: MESH-SLA-001, product: sales.legacy-order-extract, reason: Sunset in Q1}
 * custom:                     # rules without Java
 *   - {id: ACME-001, title: Products name a cost centre, appliesTo: product, requireCustomProperty: costCentre}
 *   - {id: ACME-002, title: Contracts are GDPR-reviewed, appliesTo: contract, requireTag: gdpr-reviewed}
 *   - {id: ACME-003, title: Names are capitalised, appliesTo: product, field: name, pattern: "[A-Z].*"}
 * layering:                   # rule MESH-GRAPH-003: a product reads only its own kind or earlier kinds
 *   property: alignment       # the custom property that names a product's kind
 *   order: [source-aligned, aggregate, consumer-aligned]
 * </pre>
 * Mistakes in the file are findings like any other, at their line.
 */
public final class PolicyReader {

    public static final String FILE_NAME = "mesh-rules.yaml";

    public static final RuleInfo POLICY_ERROR = new RuleInfo(
            "MESH-CONFIG-001",
            Severity.ERROR,
            "Governance policy cannot be applied",
            "A policy entry that names an unknown rule, a missing reason or a bad pattern would silently not apply.",
            "Correct the entry in mesh-rules.yaml (or the plugin configuration) as the message says.",
            "suppressions:\n  - rule: MESH-SLA-001\n    product: sales.orders   # no reason given");

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    public RulePolicy read(Path meshRoot, List<Finding> findings) {
        Path file = meshRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return RulePolicy.none();
        }
        return new TextFiles(ReadOptions.DEFAULT_MAX_FILE_BYTES)
                .read(file, FILE_NAME, findings)
                .flatMap(text -> new YamlTreeReader(Integer.MAX_VALUE).read(text, FILE_NAME, findings))
                .map(tree -> tree instanceof Mapping map ? parse(map, findings) : notAMap(tree, findings))
                .orElse(RulePolicy.none());
    }

    private static RulePolicy notAMap(YamlNode tree, List<Finding> findings) {
        findings.add(POLICY_ERROR.finding(
                tree.source(),
                "mesh-rules.yaml should hold a map with `rules`, " + "`suppressions` and `custom` but holds "
                        + tree.kind()));
        return RulePolicy.none();
    }

    private static RulePolicy parse(Mapping root, List<Finding> findings) {
        Fields fields = new Fields(findings, "mesh-rules.yaml");
        Map<String, String> levels = new LinkedHashMap<>();
        Mapping rules = fields.mapping(root, "", "rules");
        if (rules != null) {
            rules.entries().forEach((ruleId, value) -> {
                String level = value instanceof YamlNode.Scalar scalar && scalar.text() != null
                        ? scalar.text().trim().toLowerCase(Locale.ROOT)
                        : "";
                // YAML reads a bare `off` as the boolean false.
                if ("false".equals(level)) {
                    level = RulePolicy.OFF;
                }
                if (RulePolicy.isLevel(level)) {
                    levels.put(ruleId, level);
                } else {
                    findings.add(POLICY_ERROR.finding(
                            value.source(),
                            "`rules." + ruleId + "` is '" + level + "'; it must be one of error, warning, info, off"));
                }
            });
        }
        List<Suppression> suppressions = new ArrayList<>();
        List<Mapping> items = fields.mappings(root, "", "suppressions");
        for (int i = 0; i < items.size(); i++) {
            Mapping item = items.get(i);
            String path = "suppressions[" + i + "]";
            String rule = fields.requiredText(item, path, "rule");
            String target = fields.text(item, path, "product");
            if (target == null) {
                target = fields.text(item, path, "contract");
            }
            String reason = fields.text(item, path, "reason");
            if (target == null) {
                findings.add(POLICY_ERROR.finding(
                        item.source(),
                        "`" + path + "` names no `product` or `contract`",
                        "Add `product: <product id>` or `contract: <contract id>`."));
            } else if (reason == null) {
                findings.add(POLICY_ERROR.finding(
                        item.source(),
                        "`" + path + "` silences " + rule + " for `"
                                + target + "` without a `reason`; suppressions are shown with their reason, so it is "
                                + "required",
                        "Add `reason: <why this finding is accepted>`."));
            } else if (rule != null) {
                suppressions.add(new Suppression(rule, target, reason, item.source()));
            }
        }
        List<CustomRuleDefinition> custom = new ArrayList<>();
        List<Mapping> customItems = fields.mappings(root, "", "custom");
        for (int i = 0; i < customItems.size(); i++) {
            customRule(customItems.get(i), "custom[" + i + "]", fields, findings)
                    .ifPresent(custom::add);
        }
        return new RulePolicy(levels, suppressions, custom, layering(root, fields, findings));
    }

    private static Layering layering(Mapping root, Fields fields, List<Finding> findings) {
        Mapping layering = fields.mapping(root, "", "layering");
        if (layering == null) {
            return null;
        }
        String property = fields.text(layering, "layering", "property");
        List<String> order = fields.texts(layering, "layering", "order");
        if (layering.get("order") != null && order.isEmpty()) {
            findings.add(POLICY_ERROR.finding(
                    layering.source(),
                    "`layering.order` lists no kinds",
                    "List the kinds from sources to consumers, e.g. `order: [source-aligned, aggregate, "
                            + "consumer-aligned]`."));
            return null;
        }
        if (Layering.namesAKindTwice(order)) {
            findings.add(POLICY_ERROR.finding(
                    layering.get("order").source(),
                    "`layering.order` names a kind twice: " + String.join(", ", order),
                    "List each kind once, from sources to consumers."));
            return null;
        }
        return new Layering(
                property == null ? Layering.DEFAULT.property() : property.trim(),
                order.isEmpty() ? Layering.DEFAULT.order() : order);
    }

    private static Optional<CustomRuleDefinition> customRule(
            Mapping item, String path, Fields fields, List<Finding> findings) {
        String id = fields.requiredText(item, path, "id");
        String title = fields.requiredText(item, path, "title");
        String appliesTo = fields.text(item, path, "appliesTo");
        String severity = fields.text(item, path, "severity");
        if (id == null || title == null) {
            return Optional.empty();
        }
        Source at = item.source();
        if (!RULE_ID.matcher(id).matches() || id.startsWith("MESH-")) {
            findings.add(POLICY_ERROR.finding(
                    at,
                    "custom rule id `" + id + "` must look like ACME-TAG-001 and not "
                            + "start with MESH- (reserved for the plugin's own rules)"));
            return Optional.empty();
        }
        Target target = "contract".equalsIgnoreCase(appliesTo) ? Target.CONTRACT : Target.PRODUCT;
        Severity level = Severity.WARNING;
        if (severity != null) {
            try {
                level = Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException wrong) {
                findings.add(POLICY_ERROR.finding(
                        at, "`" + path + ".severity` is '" + severity + "'; it must be error, warning or info"));
            }
        }
        String property = fields.text(item, path, "requireCustomProperty");
        String tag = fields.text(item, path, "requireTag");
        String field = fields.text(item, path, "field");
        if (property != null) {
            return Optional.of(
                    CustomRuleDefinition.of(id, level, title, target, Check.CUSTOM_PROPERTY, property, null));
        }
        if (tag != null) {
            return Optional.of(CustomRuleDefinition.of(id, level, title, target, Check.TAG, tag, null));
        }
        if (field != null) {
            String pattern = fields.requiredText(item, path, "pattern");
            if (!CustomRuleDefinition.FIELDS.contains(field)) {
                findings.add(POLICY_ERROR.finding(
                        at,
                        "`" + path + ".field` is '" + field + "'; a pattern can check id, name, version or domain"));
                return Optional.empty();
            }
            try {
                return pattern == null
                        ? Optional.empty()
                        : Optional.of(CustomRuleDefinition.of(
                                id, level, title, target, Check.FIELD_PATTERN, field, Pattern.compile(pattern)));
            } catch (PatternSyntaxException bad) {
                findings.add(POLICY_ERROR.finding(
                        at,
                        "`" + path + ".pattern` is rejected: " + bad.getDescription() + " in `" + pattern + "`",
                        "Patterns run with a linear-time engine (RE2 syntax): write it without backreferences "
                                + "(\\1) or lookaround ((?=, (?!, (?<=), which RE2 does not support, and check its "
                                + "brackets and quantifiers."));
                return Optional.empty();
            }
        }
        findings.add(POLICY_ERROR.finding(
                at,
                "custom rule `" + id + "` says nothing to check",
                "Give it `requireCustomProperty`, `requireTag`, or `field` with `pattern`."));
        return Optional.empty();
    }
}
