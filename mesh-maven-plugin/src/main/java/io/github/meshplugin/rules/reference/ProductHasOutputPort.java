package io.github.meshplugin.rules.reference;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.ProductRule;
import java.util.function.Consumer;

/**
 * The ODPS JSON Schema lets {@code outputPorts} be left out, but the standard's prose requires at least one;
 * the schema decides validity (so this is not an error) and the prose's intent is good policy (so it is a warning).
 */
public final class ProductHasOutputPort implements ProductRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-REF-004",
            Severity.WARNING,
            "Product publishes nothing",
            "A data product exists to be consumed; the ODPS documentation requires at least one output port, "
                    + "\"as a data product without output is useless\". Without one, nobody can depend on it and "
                    + "it has no contract.",
            "Add `outputPorts:` with a port that names the contract it publishes (`contractId`), or remove the "
                    + "descriptor if the product is only a pipeline.",
            """
            id: sales.orders
            status: active
            inputPorts:
              - {name: raw-orders, version: 1.0.0, contractId: sales.raw.orders}
            # no outputPorts
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, Consumer<Finding> report) {
        if (product.outputPorts().isEmpty()) {
            report.accept(INFO.finding(
                    product.source(),
                    "product `" + product.id()
                            + "` has no output port, so it publishes no contract and nobody can consume it"));
        }
    }
}
