package io.github.meshplugin.rules.reference;

import io.github.meshplugin.finding.DidYouMean;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.OutputPortRule;
import java.util.Optional;
import java.util.function.Consumer;

public final class OutputContractExists implements OutputPortRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-REF-002",
            Severity.ERROR,
            "Output port's contract file is missing",
            "An output port promises data under a contract; without the contract there is no schema, no quality "
                    + "rules and no SLA for consumers to rely on.",
            "Add a `<name>.odcs.yaml` contract with this `id` to the product folder, or fix the port's `contractId`.",
            """
            outputPorts:
              - name: order-lines
                version: 2.1.0
                contractId: sales.orders.order-lines   # no .odcs.yaml file has this id
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, OutputPort port, Consumer<Finding> report) {
        if (port.contractId() == null) {
            report.accept(INFO.finding(
                    port.source(),
                    "output port `" + port.name() + "` of `" + product.id()
                            + "` names no contract (`contractId` is missing)",
                    "Add `contractId: <id of the contract this port publishes>` to the port."));
        } else if (context.mesh().contract(port.contractId()).isEmpty()
                && context.mesh().unparsedContract(port.contractId()).isEmpty()) {
            Optional<String> meant = DidYouMean.closest(
                    port.contractId(),
                    context.mesh().contracts().stream().map(Contract::id).toList());
            report.accept(INFO.finding(
                    port.contractIdSource(),
                    "output port `" + port.name() + "` of `"
                            + product.id() + "` publishes contract `" + port.contractId()
                            + "`, but no `.odcs.yaml` file in the mesh has that id"
                            + meant.map(id -> " (did you mean `" + id + "`?)").orElse(""),
                    meant.map(id -> "Write `contractId: " + id + "`.")
                            .orElse("Add " + product.folder() + "/<name>.odcs.yaml with `id: " + port.contractId()
                                    + "`, or fix the port's `contractId`.")));
        }
    }
}
