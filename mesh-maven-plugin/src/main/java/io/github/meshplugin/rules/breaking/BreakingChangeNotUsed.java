package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ConsumerImpact;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import java.util.List;
import java.util.function.Consumer;

/** Consumers who declared the properties they read are told about a breaking change that spares them. */
public final class BreakingChangeNotUsed implements BreakingChangeRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-BREAK-003",
            Severity.INFO,
            "Breaking change to a property a consumer declares it does not use",
            "The consumer lists the properties it reads (`usedProperties` on its input port) and the change "
                    + "touches none of them, so it keeps working; it is told so it can keep the list true.",
            "Nothing to do, unless the consumer does read the property: then add it to `usedProperties`.",
            """
            # basket-analysis.odps.yaml
            inputPorts:
              - name: order-lines
                version: 2.3.0
                contractId: sales.orders.order-lines
                customProperties:
                  - {property: usedProperties, value: [order_id, product_id]}   # discount_code is not read
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ConsumerImpact.Verdict verdict, Consumer<Finding> report) {
        for (ConsumerImpact.Consumer spared : verdict.spared()) {
            report.accept(INFO.finding(
                    spared.port().source(),
                    verdict.contract().title() + " "
                            + verdict.change().summary() + "; input port `"
                            + spared.port().name() + "` of `"
                            + spared.product().id() + "` declares it uses only "
                            + InlineList.of(spared.port().usedProperties()) + ", so it is not affected"));
        }
    }

    /** Property names as code: `a`, `b`. */
    static final class InlineList {
        private InlineList() {}

        static String of(List<String> names) {
            return names.isEmpty()
                    ? "no properties"
                    : String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
        }
    }
}
