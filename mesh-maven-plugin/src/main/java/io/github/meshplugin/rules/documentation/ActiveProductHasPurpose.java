package io.github.meshplugin.rules.documentation;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.ProductRule;
import java.util.function.Consumer;

/**
 * Only active products are held to it: a proposed or draft product may still be finding its purpose, and a
 * deprecated one is on its way out.
 */
public final class ActiveProductHasPurpose implements ProductRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-DOC-001",
            Severity.WARNING,
            "Active product does not say what it is for",
            "Consumers choose a product from the catalog by its purpose; an active product without one is "
                    + "found only by people who already know it, or misused by those who guess.",
            "Add `description:` with `purpose: <what the product is for, in one or two sentences>`.",
            """
            id: sales.orders
            status: active
            description:
              usage: Join on order_id.   # no purpose
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, Consumer<Finding> report) {
        if (product.status() == Status.ACTIVE && product.purpose() == null) {
            report.accept(INFO.finding(
                    product.source(),
                    "active product `" + product.id()
                            + "` has no `description.purpose`; the catalog cannot tell consumers what it is for"));
        }
    }
}
