package io.github.meshplugin.rules.graph;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

public final class NoDependencyCycles implements Rule {

    public static final RuleInfo INFO = new RuleInfo("MESH-GRAPH-001", Severity.ERROR,
            "Products depend on each other in a cycle",
            "In a cycle no product can be rebuilt first, a change in any of them can break all of them, and "
                    + "lineage has no source.",
            "Break the cycle: let one product stop consuming the other's contract, or split out the shared data "
                    + "into a product both consume.",
            """
            # domains/sales/orders/orders.odps.yaml
            inputPorts:
              - {name: settlements, version: 1.2.0, contractId: finance.payments.settlements}
            # domains/finance/payments/payments.odps.yaml
            inputPorts:
              - {name: order-lines, version: 2.1.0, contractId: sales.orders.order-lines}
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        for (List<String> cycle : context.graph().cycles()) {
            String first = cycle.get(0);
            DataProduct product = context.mesh().product(first).orElseThrow();
            report.accept(new Finding(INFO.id(), INFO.defaultSeverity(), product.source(), first,
                    "dependency cycle: " + String.join(" -> ", cycle), INFO.fix()));
        }
    }
}
