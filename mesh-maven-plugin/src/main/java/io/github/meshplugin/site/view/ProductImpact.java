package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.analysis.BlastRadius;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ProductViews.ImpactView;
import java.util.Comparator;
import java.util.List;

/** What depends on a product: its blast radius (listed by name, the first few), its layer, whether it is in a cycle. */
final class ProductImpact {

    /** How many dependents a product page lists; it counts the rest ("+N more"), so pages stay small. */
    static final int BLAST_RADIUS_LISTED = 50;

    private final GraphAnalysis analysis;
    private final ProductRefs refs;
    private final BlastRadius blastRadius;

    ProductImpact(GraphAnalysis analysis, ProductRefs refs) {
        this.analysis = analysis;
        this.refs = refs;
        // Dependents are listed by name, like every product list; the first BLAST_RADIUS_LISTED are kept.
        this.blastRadius = analysis.blastRadius(
                Comparator.comparing((String id) -> refs.of(id).name()).thenComparing(Comparator.naturalOrder()),
                BLAST_RADIUS_LISTED);
    }

    /** How many products depend on {@code productId}, directly or transitively. */
    int dependents(String productId) {
        return blastRadius.of(productId).products();
    }

    /** The dependents a product page lists, by name. */
    List<ProductRef> listed(String productId) {
        return blastRadius.of(productId).sample().stream().map(refs::of).toList();
    }

    ImpactView of(String productId) {
        BlastRadius.Radius radius = blastRadius.of(productId);
        return new ImpactView(
                radius.products(),
                radius.more(),
                radius.domains(),
                radius.teams(),
                analysis.layers().layerOf(productId),
                analysis.components().inCycle(productId));
    }
}
