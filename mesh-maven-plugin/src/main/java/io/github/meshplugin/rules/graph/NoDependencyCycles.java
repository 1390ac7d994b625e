package io.github.meshplugin.rules.graph;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.analysis.DependencyCycles;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * One finding per elementary cycle, naming the contracts on each step. The enumeration is bounded (see
 * {@link DependencyCycles}); when a bound stops it, one more finding says so and names every product in a cycle.
 */
public final class NoDependencyCycles implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-GRAPH-001",
            Severity.ERROR,
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
        DependencyCycles.Result result = context.analysis().cycles();
        for (DependencyCycles.Cycle cycle : result.cycles()) {
            String first = cycle.products().get(0);
            report.accept(new Finding(
                    INFO.id(),
                    INFO.defaultSeverity(),
                    sourceOf(context, first),
                    first,
                    "dependency cycle: " + cycle.describe(),
                    INFO.fix()));
        }
        if (!result.complete()) {
            StringBuilder groups = new StringBuilder();
            for (SortedSet<String> group : result.components()) {
                groups.append(groups.isEmpty() ? "" : "; ").append(String.join(", ", group));
            }
            String first = result.components().get(0).first();
            report.accept(new Finding(
                    INFO.id(),
                    INFO.defaultSeverity(),
                    sourceOf(context, first),
                    first,
                    "the search for dependency cycles stopped after "
                            + result.cycles().size() + " cycles (it looks "
                            + "at no more than " + result.maxCycles() + " cycles and " + result.maxSteps()
                            + " dependency steps), so more cycles may exist; every product in a cycle is in one of "
                            + "these " + result.components().size() + " groups: " + groups,
                    "Break the cycles listed, then build again to see the rest."));
        }
    }

    private static Source sourceOf(MeshContext context, String product) {
        return context.mesh().product(product).map(DataProduct::source).orElseThrow();
    }
}
