package io.github.meshplugin.rules.reference;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.OutputPortRule;
import java.util.Objects;
import java.util.function.Consumer;

/** The contract id is the key of a port; a version that disagrees is only worth a warning. */
public final class PortVersionMatchesContract implements OutputPortRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-REF-003",
            Severity.WARNING,
            "Output port version differs from its contract's version",
            "Consumers read the port's version to know what they get; if it disagrees with the contract, one of "
                    + "the two is stale.",
            "Set the port's `version` to the contract's `version`.",
            """
            # orders.odps.yaml
            outputPorts:
              - {name: order-lines, version: 2.0.0, contractId: sales.orders.order-lines}
            # order-lines.odcs.yaml
            id: sales.orders.order-lines
            version: 2.1.0          # the port still says 2.0.0
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, OutputPort port, Consumer<Finding> report) {
        Contract contract = context.mesh().contract(port.contractId()).orElse(null);
        if (contract != null
                && port.version() != null
                && contract.version() != null
                && !Objects.equals(stripV(port.version()), stripV(contract.version()))
                && !keptBesideCurrent(product, port, contract)) {
            report.accept(INFO.finding(
                    port.source(),
                    "output port `" + port.name() + "` says version "
                            + port.version() + " but contract `" + contract.id() + "` is version "
                            + contract.version() + " ("
                            + contract.source().file() + ")"));
        }
    }

    /**
     * ODPS keys a port by name and version: an older port kept beside the one at the contract's version serves
     * the previous version while consumers move, and is not stale.
     */
    private static boolean keptBesideCurrent(DataProduct product, OutputPort port, Contract contract) {
        return product.outputPorts().stream()
                .anyMatch(other -> other != port
                        && Objects.equals(other.name(), port.name())
                        && Objects.equals(other.contractId(), port.contractId())
                        && other.version() != null
                        && Objects.equals(stripV(other.version()), stripV(contract.version())));
    }

    private static String stripV(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }
}
