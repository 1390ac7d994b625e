package io.github.meshplugin.rules.reference;

import io.github.meshplugin.finding.DidYouMean;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.rules.InputPortRule;
import io.github.meshplugin.rules.MeshContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private static List<String> published(MeshContext context) {
        return context.mesh().products().stream()
                .flatMap(product -> product.outputPorts().stream())
                .map(OutputPort::contractId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    @Override
    public void check(MeshContext context, DataProduct product, InputPort port, Consumer<Finding> report) {
        if (port.contractId() != null
                && context.mesh().publisherOf(port.contractId()).isEmpty()) {
            boolean exists = context.mesh().contract(port.contractId()).isPresent();
            Optional<String> meant =
                    exists ? Optional.empty() : DidYouMean.closest(port.contractId(), published(context));
            String known = exists
                    ? " (the contract exists, but no output port publishes it)"
                    : meant.map(id -> " (did you mean `" + id + "`?)").orElse("");
            report.accept(INFO.finding(
                    port.contractIdSource(),
                    "input port `" + port.name() + "` of `"
                            + product.id() + "` reads contract `" + port.contractId()
                            + "`, which no product publishes" + known,
                    meant.map(id -> "Write `contractId: " + id + "`, the contract "
                                    + context.mesh()
                                            .publisherOf(id)
                                            .map(DataProduct::id)
                                            .orElse("a product")
                                    + " publishes.")
                            .orElse(INFO.fix())));
        }
    }
}
