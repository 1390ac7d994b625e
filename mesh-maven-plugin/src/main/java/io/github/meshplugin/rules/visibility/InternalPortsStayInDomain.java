package io.github.meshplugin.rules.visibility;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.rules.InputPortRule;
import io.github.meshplugin.rules.MeshContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Neither standard has a visibility field, so three conventions mark an output port as internal to its domain:
 * the product's custom property {@code internalPorts} lists the port's name (a list, or names separated by
 * commas or spaces); or the port's contract has the tag {@code internal}; or the contract's custom property
 * {@code visibility} is {@code internal}. Consumers in the same domain may read it; consumers in another
 * domain may not. Input ports name a contract, not a port, so when a product publishes one contract on several
 * ports, the read is internal only if every one of those ports is.
 */
public final class InternalPortsStayInDomain implements InputPortRule {

    static final String INTERNAL_PORTS = "internalPorts";
    static final String VISIBILITY = "visibility";
    static final String INTERNAL = "internal";

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-VIS-001",
            Severity.ERROR,
            "Product reads another domain's internal output port",
            "An internal port is free to change without notice to other domains; a cross-domain consumer of it "
                    + "gets no stability promise and couples two domains' release cycles.",
            "Read one of the producer's public output ports instead, ask the producing team to publish the data "
                    + "for other domains, or remove the `internal` marking if the port is meant to be shared.",
            """
            # domains/sales/orders/orders.odps.yaml
            customProperties:
              - property: internalPorts
                value: [staging-orders]
            # domains/finance/revenue/revenue.odps.yaml
            inputPorts:
              - {name: orders, version: 1.0.0, contractId: sales.orders.staging-orders}
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct consumer, InputPort port, Consumer<Finding> report) {
        DataProduct producer = context.mesh().publisherOf(port.contractId()).orElse(null);
        if (producer == null
                || consumer.domain() == null
                || producer.domain() == null
                || consumer.domain().equals(producer.domain())) {
            return;
        }
        String why =
                whyInternal(producer, context.mesh().contract(port.contractId()).orElse(null), port.contractId());
        if (why != null) {
            report.accept(INFO.finding(
                    port.source(),
                    "input port `" + port.name() + "` of `"
                            + consumer.id() + "` (domain `" + consumer.domain() + "`) reads contract `"
                            + port.contractId() + "` of `" + producer.id() + "`, which is internal to domain `"
                            + producer.domain() + "` (" + why + ")",
                    "Read a public output port of `" + producer.id() + "`, or ask its team to publish `"
                            + port.contractId() + "` for other domains."));
        }
    }

    /** Why the contract is internal to its producer's domain, in the words of the marking; null when it is not. */
    private static String whyInternal(DataProduct producer, Contract contract, String contractId) {
        if (contract != null && contract.tags().stream().anyMatch(INTERNAL::equalsIgnoreCase)) {
            return "the contract is tagged `" + INTERNAL + "`";
        }
        if (contract != null
                && INTERNAL.equalsIgnoreCase(trimmed(contract.customProperties().get(VISIBILITY)))) {
            return "the contract has custom property `" + VISIBILITY + ": " + INTERNAL + "`";
        }
        Set<String> internalPorts = names(producer.customProperties().get(INTERNAL_PORTS));
        List<String> ports = producer.outputPorts().stream()
                .filter(out -> contractId.equals(out.contractId()))
                .map(OutputPort::name)
                .filter(Objects::nonNull)
                .toList();
        if (!ports.isEmpty() && internalPorts.containsAll(ports)) {
            String named = ports.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
            return (ports.size() == 1 ? "output port " + named + " is" : "output ports " + named + " are")
                    + " listed in `" + INTERNAL_PORTS + "` of `" + producer.id() + "`";
        }
        return null;
    }

    private static Set<String> names(String list) {
        if (list == null) {
            return Set.of();
        }
        return Arrays.stream(list.split("[,\\s]+"))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
