package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import java.util.ArrayList;
import java.util.List;

/** The dependencies that break a {@link Layering} policy, and the products whose kind the policy does not know. O(edges). */
public final class LayeringViolations {

    /** A consumer of kind {@code consumerKind} reads a producer of the later kind {@code producerKind}. */
    public record Violation(DependencyEdge edge, String consumerKind, String producerKind) {}

    /** A product whose declared kind is not one of the policy's kinds. */
    public record UnknownKind(DataProduct product, String kind) {}

    public record Result(List<Violation> violations, List<UnknownKind> unknownKinds) {}

    private LayeringViolations() {}

    public static Result of(Mesh mesh, MeshGraph graph, Layering layering) {
        List<UnknownKind> unknown = new ArrayList<>();
        for (DataProduct product : mesh.products()) {
            layering.kindOf(product)
                    .filter(kind -> layering.rank(kind) < 0)
                    .ifPresent(kind -> unknown.add(new UnknownKind(product, kind)));
        }
        List<Violation> violations = new ArrayList<>();
        for (DependencyEdge edge : graph.edges()) {
            String consumerKind =
                    mesh.product(edge.consumer()).flatMap(layering::kindOf).orElse(null);
            String producerKind =
                    mesh.product(edge.producer()).flatMap(layering::kindOf).orElse(null);
            if (consumerKind != null
                    && producerKind != null
                    && layering.rank(consumerKind) >= 0
                    && layering.rank(producerKind) > layering.rank(consumerKind)) {
                violations.add(new Violation(edge, consumerKind, producerKind));
            }
        }
        return new Result(List.copyOf(violations), List.copyOf(unknown));
    }
}
