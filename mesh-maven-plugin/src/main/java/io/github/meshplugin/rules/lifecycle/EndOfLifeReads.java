package io.github.meshplugin.rules.lifecycle;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

/**
 * What the deprecated and the retired rule share: finding the input ports that read a contract at its end of life.
 * A read is at its end of life when the contract is deprecated or retired, or when the product publishing it is:
 * a deprecated product takes its contracts with it even when nobody updated their status. A read that involves
 * anything retired belongs to the retired rule only, so one read gives one finding. Consumers that are themselves
 * retired are skipped: they no longer run, and their descriptors are history. The replacement comes from the
 * {@code replacedBy} custom property of the contract (a contract id) and of the publishing product (a product id).
 */
abstract class EndOfLifeReads implements Rule {

    static final String REPLACED_BY = "replacedBy";

    private final RuleInfo rule;
    private final boolean retired;

    /** The rule of the reads that involve something retired ({@code retired}), or only something deprecated. */
    EndOfLifeReads(RuleInfo rule, boolean retired) {
        this.rule = rule;
        this.retired = retired;
    }

    @Override
    public final RuleInfo info() {
        return rule;
    }

    @Override
    public final void check(MeshContext context, Consumer<Finding> report) {
        Mesh mesh = context.mesh();
        for (DataProduct consumer : mesh.products()) {
            if (consumer.status() == Status.RETIRED) {
                continue;
            }
            for (InputPort port : consumer.inputPorts()) {
                Contract contract = mesh.contract(port.contractId()).orElse(null);
                DataProduct publisher = mesh.publisherOf(port.contractId()).orElse(null);
                Status contractStatus = contract == null ? null : contract.status();
                Status publisherStatus = publisher == null ? null : publisher.status();
                boolean anyRetired = contractStatus == Status.RETIRED || publisherStatus == Status.RETIRED;
                boolean anyEnding =
                        anyRetired || contractStatus == Status.DEPRECATED || publisherStatus == Status.DEPRECATED;
                if (anyEnding && anyRetired == retired) {
                    report.accept(finding(mesh, consumer, port, contract, publisher, rule));
                }
            }
        }
    }

    private static Finding finding(
            Mesh mesh, DataProduct consumer, InputPort port, Contract contract, DataProduct publisher, RuleInfo rule) {
        StringBuilder message = new StringBuilder("input port `")
                .append(port.name())
                .append("` of `")
                .append(consumer.id())
                .append("` reads contract `")
                .append(port.contractId())
                .append('`');
        if (contract != null && ending(contract.status())) {
            message.append(", which is ").append(contract.status().label());
        }
        if (publisher != null) {
            message.append(", published by `").append(publisher.id()).append('`');
            if (ending(publisher.status())) {
                message.append(", which is ").append(publisher.status().label());
            }
        }
        String replacementContract =
                contract == null ? null : text(contract.customProperties().get(REPLACED_BY));
        String replacementProduct =
                publisher == null ? null : text(publisher.customProperties().get(REPLACED_BY));
        String hint;
        if (replacementContract != null) {
            message.append("; it is replaced by contract `")
                    .append(replacementContract)
                    .append('`')
                    .append(mesh.contract(replacementContract).isPresent() ? "" : " (not in the mesh)");
            if (replacementProduct != null) {
                message.append(" of product `").append(replacementProduct).append('`');
            }
            hint = "Set `contractId: " + replacementContract + "` on input port `" + port.name()
                    + "` once the new contract's schema is mapped.";
        } else if (replacementProduct != null) {
            message.append("; it is replaced by product `")
                    .append(replacementProduct)
                    .append('`')
                    .append(mesh.product(replacementProduct).isPresent() ? "" : " (not in the mesh)");
            hint = "Point input port `" + port.name() + "` at a contract that `" + replacementProduct + "` publishes.";
        } else {
            message.append("; no replacement is declared (no `replacedBy` custom property)");
            hint = "Ask the producing team for the replacement, then point input port `" + port.name() + "` at it.";
        }
        return rule.finding(port.source(), message.toString(), hint);
    }

    private static boolean ending(Status status) {
        return status == Status.DEPRECATED || status == Status.RETIRED;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
