package io.github.meshplugin.rules.identity;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

public final class UniqueProductIds implements Rule {

    public static final RuleInfo INFO = new RuleInfo("MESH-ID-001", Severity.ERROR, "Duplicate product id",
            "Consumers, links and the graph name a product by its id; two products with one id cannot be told apart.",
            "Give each product descriptor its own `id`.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        Map<String, DataProduct> first = new HashMap<>();
        for (DataProduct product : context.mesh().products()) {
            if (product.id() == null) {
                continue;
            }
            DataProduct earlier = first.putIfAbsent(product.id(), product);
            if (earlier != null) {
                report.accept(INFO.finding(product.source(), "product id `" + product.id()
                        + "` is already used by " + earlier.source().location()));
            }
        }
    }
}
