package io.github.meshplugin.rules.graph;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.analysis.LayeringViolations;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.policy.Layering;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

/** The mesh's layering policy ({@link Layering}): products read only from their own layer or earlier ones. */
public final class RespectsLayering implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-GRAPH-003",
            Severity.ERROR,
            "Product reads from a later layer",
            "Layers keep the mesh's data flowing one way: source-aligned products serve the raw facts of a domain, "
                    + "aggregates combine them, consumer-aligned products shape them for one use. A source-aligned "
                    + "product that reads a consumer-aligned one ties the facts to one consumer's view, and a "
                    + "change for that consumer ripples back to the sources.",
            "Read the data from a product of the same or an earlier layer, or correct the product's kind (custom "
                    + "property `alignment`, or the property the layering policy names).",
            """
            # domains/sales/orders/orders.odps.yaml
            customProperties:
              - {property: alignment, value: source-aligned}
            inputPorts:   # marketing.campaign-dashboard has alignment: consumer-aligned
              - {name: campaigns, version: 1.0.0, contractId: marketing.campaign-dashboard.campaigns}
            """);

    private final Layering layering;

    public RespectsLayering(Layering layering) {
        this.layering = layering;
    }

    public Layering layering() {
        return layering;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        LayeringViolations.Result result = context.analysis().layeringViolations(layering::kindOf, layering.order());
        for (LayeringViolations.UnknownKind unknown : result.unknownKinds()) {
            report.accept(new Finding(
                    INFO.id(),
                    INFO.defaultSeverity(),
                    unknown.product().source(),
                    unknown.product().id(),
                    "`" + unknown.product().id() + "` says its kind is '" + unknown.kind()
                            + "', which the layering policy does not know; the kinds are "
                            + String.join(", ", layering.order()),
                    "Set `" + layering.property() + "` to one of " + String.join(", ", layering.order())
                            + ", or add the kind to the layering policy in mesh-rules.yaml."));
        }
        for (LayeringViolations.Violation violation : result.violations()) {
            DependencyEdge edge = violation.edge();
            DataProduct consumer = context.mesh().product(edge.consumer()).orElseThrow();
            report.accept(new Finding(
                    INFO.id(),
                    INFO.defaultSeverity(),
                    portSource(consumer, edge.contractId()),
                    consumer.id(),
                    "`" + consumer.id() + "` (" + violation.consumerKind() + ") reads `"
                            + edge.contractId() + "` from `" + edge.producer() + "` (" + violation.producerKind()
                            + "); a " + violation.consumerKind() + " product may read only "
                            + allowed(violation.consumerKind()) + " products",
                    INFO.fix()));
        }
    }

    private String allowed(String kind) {
        return String.join(" or ", layering.order().subList(0, layering.rank(kind) + 1));
    }

    private static Source portSource(DataProduct consumer, String contractId) {
        return consumer.inputPorts().stream()
                .filter(port -> contractId.equals(port.contractId()))
                .map(InputPort::source)
                .findFirst()
                .orElse(consumer.source());
    }
}
