package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import java.util.List;
import java.util.Locale;

/**
 * Active products nobody reads: no other product consumes any of their contracts, and they are not marked as
 * serving people or tools outside the mesh. The mark is the tag {@value #TAG} or the custom property
 * {@value #PROPERTY} set to {@code true}. O(products).
 */
public final class Orphans {

    public static final String TAG = "consumer-facing";
    public static final String PROPERTY = "consumerFacing";

    private Orphans() {}

    /** Whether the product says it is read from outside the mesh (dashboards, applications, people). */
    public static boolean consumerFacing(DataProduct product) {
        String property = product.customProperties().get(PROPERTY);
        return product.tags().stream().anyMatch(tag -> TAG.equalsIgnoreCase(tag.trim()))
                || property != null && "true".equals(property.trim().toLowerCase(Locale.ROOT));
    }

    /** The orphaned products of the mesh, sorted by id. */
    public static List<DataProduct> of(Mesh mesh, MeshGraph graph) {
        return mesh.products().stream()
                .filter(product -> product.id() != null && product.status() == Status.ACTIVE)
                // Where ids collide (a finding of its own) the first product stands for the id.
                .filter(product -> mesh.product(product.id()).orElse(null) == product)
                .filter(product -> graph.consumersOf(product.id()).stream()
                        .allMatch(edge -> edge.consumer().equals(product.id())))
                .filter(product -> !consumerFacing(product))
                .toList();
    }
}
