package io.github.meshplugin.rules.identity;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

public final class UniqueProductIds implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-ID-001",
            Severity.ERROR,
            "Duplicate product id",
            "Consumers, links and the graph name a product by its id; two products with one id cannot be told apart.",
            "Give each product descriptor its own `id`.",
            """
            # domains/sales/orders/orders.odps.yaml
            id: sales.orders
            # domains/sales/orders-v2/orders-v2.odps.yaml
            id: sales.orders        # the same id again
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        DuplicateIds.report(context.mesh().products(), DataProduct::id, DataProduct::source, "product", INFO, report);
    }
}
