package io.github.meshplugin.rules.custom;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.policy.CustomRuleDefinition;
import io.github.meshplugin.policy.CustomRuleDefinition.Target;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks the mesh against one rule its policy declares ({@link CustomRuleDefinition}). */
public record CustomRule(CustomRuleDefinition definition) implements Rule {

    @Override
    public RuleInfo info() {
        return definition.info();
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        if (definition.appliesTo() == Target.PRODUCT) {
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
        RuleInfo info = definition.info();
        String name = definition.name();
        String subject = (definition.appliesTo() == Target.PRODUCT ? "product `" : "contract `") + id + "`";
        switch (definition.check()) {
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
                if (!definition.pattern().matcher(value).matches()) {
                    report.accept(info.finding(
                            source,
                            subject + ": `" + name + "` is '" + value + "', which does not match "
                                    + definition.pattern().pattern()));
                }
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
