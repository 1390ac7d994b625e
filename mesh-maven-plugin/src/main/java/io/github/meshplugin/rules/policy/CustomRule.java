package io.github.meshplugin.rules.policy;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A rule a platform team declares in {@code mesh-rules.yaml} without writing Java: products or contracts must
 * carry a custom property, carry a tag, or have a field that matches a pattern.
 */
public record CustomRule(RuleInfo info, Target appliesTo, Check check, String name, Pattern pattern) implements Rule {

    public enum Target {
        PRODUCT,
        CONTRACT
    }

    public enum Check {
        CUSTOM_PROPERTY,
        TAG,
        FIELD_PATTERN
    }

    /** The fields a pattern can be checked against; they are the ones both standards have. */
    static final List<String> FIELDS = List.of("id", "name", "version", "domain");

    public static CustomRule of(
            String id, Severity severity, String title, Target target, Check check, String name, Pattern pattern) {
        String what = target == Target.PRODUCT ? "product descriptor" : "contract";
        String fix = switch (check) {
            case CUSTOM_PROPERTY ->
                "Add `customProperties: [{property: " + name + ", value: ...}]` to the " + what + ".";
            case TAG -> "Add `" + name + "` to the " + what + "'s `tags`.";
            case FIELD_PATTERN -> "Change `" + name + "` so that it matches " + pattern.pattern() + ".";
        };
        String example = switch (check) {
            case CUSTOM_PROPERTY -> "customProperties: []   # no `" + name + "`";
            case TAG -> "tags: [other]   # no `" + name + "`";
            case FIELD_PATTERN -> name + ": value that does not match";
        };
        return new CustomRule(
                new RuleInfo(id, severity, title, "A policy of this mesh, declared in mesh-rules.yaml.", fix, example),
                target,
                check,
                name,
                pattern);
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        if (appliesTo == Target.PRODUCT) {
            for (DataProduct product : context.mesh().products()) {
                test(
                        product.id(),
                        product.source(),
                        product.customProperties(),
                        product.tags(),
                        Map.of(
                                "id",
                                text(product.id()),
                                "name",
                                text(product.name()),
                                "version",
                                text(product.version()),
                                "domain",
                                text(product.domain())),
                        report);
            }
        } else {
            for (Contract contract : context.mesh().contracts()) {
                test(
                        contract.id(),
                        contract.source(),
                        contract.customProperties(),
                        contract.tags(),
                        Map.of(
                                "id",
                                text(contract.id()),
                                "name",
                                text(contract.name()),
                                "version",
                                text(contract.version()),
                                "domain",
                                text(contract.domain())),
                        report);
            }
        }
    }

    private void test(
            String id,
            Source source,
            Map<String, String> customProperties,
            List<String> tags,
            Map<String, String> fields,
            Consumer<Finding> report) {
        String subject = (appliesTo == Target.PRODUCT ? "product `" : "contract `") + id + "`";
        switch (check) {
            case CUSTOM_PROPERTY -> {
                if (!customProperties.containsKey(name)) {
                    report.accept(info.finding(source, subject + " has no custom property `" + name + "`"));
                }
            }
            case TAG -> {
                if (!tags.contains(name)) {
                    report.accept(info.finding(source, subject + " is not tagged `" + name + "`"));
                }
            }
            case FIELD_PATTERN -> {
                String value = fields.get(name);
                if (!pattern.matcher(value).matches()) {
                    report.accept(info.finding(
                            source,
                            subject + ": `" + name + "` is '" + value + "', which does not match "
                                    + pattern.pattern()));
                }
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
