package io.github.meshplugin.rules.reference;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.rules.InputPortRule;
import io.github.meshplugin.rules.MeshContext;
import java.util.function.Consumer;

public final class InputContractPublished implements InputPortRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-REF-001",
            Severity.ERROR,
            "Input port reads a contract no product publishes",
            "A consumer that reads an unpublished contract has no producer: nobody is accountable for its data and "
                    + "the dependency is invisible in the graph.",
            "Point `contractId` at a contract that some product's output port publishes, or add that output port.",
            """
            inputPorts:
              - name: orders
                version: 2.1.0
                contractId: sales.orders.order-line    # no output port publishes this id
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, InputPort port, Consumer<Finding> report) {
        if (port.contractId() != null
                && context.mesh().publisherOf(port.contractId()).isEmpty()) {
            String known = context.mesh().contract(port.contractId()).isPresent()
                    ? " (the contract exists, but no output port publishes it)"
                    : "";
            report.accept(INFO.finding(
                    port.source(),
                    "input port `" + port.name() + "` of `"
                            + product.id() + "` reads contract `" + port.contractId()
                            + "`, which no product publishes" + known));
        }
    }
}
