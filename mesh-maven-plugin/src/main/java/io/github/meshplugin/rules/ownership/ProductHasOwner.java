package io.github.meshplugin.rules.ownership;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.ProductRule;
import java.util.function.Consumer;

public final class ProductHasOwner implements ProductRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-OWN-001",
            Severity.ERROR,
            "Product has no owning team",
            "In a data mesh every product is owned by a domain team; an unowned product has nobody to fix it, "
                    + "answer its consumers or approve changes.",
            "Add `team:` with `name: <team id>` to the descriptor, or `owner: <team id>` to the domain's domain.yaml.",
            """
            # domains/sales/domain.yaml names no `owner`, and orders.odps.yaml:
            id: sales.orders
            status: active
            # no `team`
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, Consumer<Finding> report) {
        if (product.owner() == null) {
            report.accept(INFO.finding(
                    product.source(),
                    "product `" + product.id() + "` has no owning team, and its domain `" + product.domain()
                            + "` names no owner either"));
        }
    }
}
