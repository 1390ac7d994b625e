package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dependencies that break a layering policy, and the products whose kind the policy does not know. O(edges).
 * The policy is given as what it decides here: each product's kind, and the kinds in order from sources to
 * consumers; a product may read its own kind or an earlier one.
 */
public final class LayeringViolations {

    /** A consumer of kind {@code consumerKind} reads a producer of the later kind {@code producerKind}. */
    public record Violation(DependencyEdge edge, String consumerKind, String producerKind) {}

    /** A product whose declared kind is not one of the policy's kinds. */
    public record UnknownKind(DataProduct product, String kind) {}

    public record Result(List<Violation> violations, List<UnknownKind> unknownKinds) {}

    private LayeringViolations() {}

    public static Result of(
            Mesh mesh, MeshGraph graph, Function<DataProduct, Optional<String>> kindOf, List<String> order) {
        List<UnknownKind> unknown = new ArrayList<>();
        for (DataProduct product : mesh.products()) {
            kindOf.apply(product)
                    .filter(kind -> !order.contains(kind))
                    .ifPresent(kind -> unknown.add(new UnknownKind(product, kind)));
        }
        List<Violation> violations = new ArrayList<>();
        for (DependencyEdge edge : graph.edges()) {
            String consumerKind = mesh.product(edge.consumer()).flatMap(kindOf).orElse(null);
            String producerKind = mesh.product(edge.producer()).flatMap(kindOf).orElse(null);
            if (consumerKind != null
                    && producerKind != null
                    && order.contains(consumerKind)
                    && order.indexOf(producerKind) > order.indexOf(consumerKind)) {
                violations.add(new Violation(edge, consumerKind, producerKind));
            }
        }
        return new Result(List.copyOf(violations), List.copyOf(unknown));
    }
}
