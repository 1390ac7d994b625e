package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.Sketch.Item;
import io.github.meshplugin.site.view.Sketch.Kind;
import io.github.meshplugin.site.view.Sketch.Line;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses what each graph picture shows, so every picture stays readable however large the mesh: a product's
 * neighbourhood (two hops each way, at most {@value #SIDE_LIMIT} products a side, the rest as "+N more"), a
 * domain's products with their links to other domains collapsed into one box per domain, and the mesh as a
 * map of domains. No picture ever shows the whole product graph.
 */
public final class GraphPictures extends PictureParts {

    public static final int SIDE_LIMIT = 12;
    static final int DOMAIN_PRODUCT_LIMIT = 24;
    static final int NEIGHBOUR_DOMAIN_LIMIT = 16;
    /** Past this many product-to-domain lines, a domain's links are drawn from its frame as a whole. */
    static final int PRODUCT_LINK_LIMIT = 30;
    /** Past this many links the domain map keeps only each domain's strongest, or it becomes a hairball. */
    static final int MAP_LINK_LIMIT = 60;

    static final int STRONGEST_PER_DOMAIN = 1;
    /** The most domains the map draws; a larger mesh shows those with the most dependencies across domains. */
    public static final int MAP_DOMAIN_LIMIT = 120;

    private static final String MORE_UPSTREAM = "m:upstream";
    private static final String MORE_DOWNSTREAM = "m:downstream";

    private final DomainPicture domains;
    private final DomainMapPicture map;

    public GraphPictures(Mesh mesh, MeshGraph graph, Map<String, ProductRef> refs) {
        super(mesh, graph, refs);
        this.domains = new DomainPicture(this);
        this.map = new DomainMapPicture(this);
    }

    /** What a picture says about itself, for its caption. */
    public record Chosen(Sketch sketch, String summary) {}

    // ---- a product's neighbourhood

    public Chosen neighbourhood(String productId) {
        ProductRef focus = refs.get(productId);
        Set<String> taken = new LinkedHashSet<>();
        taken.add(productId);
        Side upstream = side(productId, this::producersOf, taken);
        Side downstream = side(productId, this::consumersOf, taken);

        List<ProductRef> shown = new ArrayList<>();
        shown.add(focus);
        upstream.shown().forEach(id -> shown.add(refs.get(id)));
        downstream.shown().forEach(id -> shown.add(refs.get(id)));
        List<Item> items = new ArrayList<>();
        for (ProductRef ref : shown) {
            items.add(productItem(ref, ref == focus ? Kind.FOCUS : Kind.PRODUCT));
        }
        List<Line> lines = new ArrayList<>(linesBetween(shown));
        if (upstream.hidden() > 0) {
            items.add(more(
                    MORE_UPSTREAM,
                    upstream.hidden(),
                    "upstream",
                    "#upstream",
                    upstream.hidden() + " more upstream products within two hops; the page lists every direct one"));
            lines.add(new Line(MORE_UPSTREAM, PRODUCT + productId, 1, "More upstream products"));
        }
        if (downstream.hidden() > 0) {
            items.add(more(
                    MORE_DOWNSTREAM,
                    downstream.hidden(),
                    "downstream",
                    "#downstream",
                    downstream.hidden()
                            + " more downstream products within two hops; the page lists every direct one"));
            lines.add(new Line(PRODUCT + productId, MORE_DOWNSTREAM, 1, "More downstream products"));
        }
        String summary = capitalised(count(upstream.shown().size() + upstream.hidden(), "upstream product")) + " and "
                + count(downstream.shown().size() + downstream.hidden(), "downstream product")
                + " within two hops"
                + (upstream.hidden() + downstream.hidden() > 0
                        ? "; " + (upstream.shown().size() + downstream.shown().size())
                                + " drawn, the rest in the lists below"
                        : "")
                + ".";
        return new Chosen(
                new Sketch(
                        "Lineage of " + focus.name() + ": " + summary,
                        Sketch.Legend.NEIGHBOURHOOD,
                        framesOf(shown),
                        items,
                        lines),
                summary);
    }

    private record Side(List<String> shown, int hidden) {}

    /** Direct neighbours first, then theirs; the first {@value #SIDE_LIMIT} are drawn. */
    private Side side(String productId, Function<String, List<String>> next, Set<String> taken) {
        List<String> candidates = new ArrayList<>();
        List<String> hop1 = sortedByName(next.apply(productId));
        for (String id : hop1) {
            if (!taken.contains(id) && !candidates.contains(id)) {
                candidates.add(id);
            }
        }
        Set<String> hop2 = new LinkedHashSet<>();
        for (String id : List.copyOf(candidates)) {
            hop2.addAll(next.apply(id));
        }
        for (String id : sortedByName(hop2)) {
            if (!taken.contains(id) && !candidates.contains(id)) {
                candidates.add(id);
            }
        }
        List<String> shown = candidates.subList(0, Math.min(SIDE_LIMIT, candidates.size()));
        taken.addAll(shown);
        return new Side(List.copyOf(shown), candidates.size() - shown.size());
    }

    // ---- a domain's products, and the mesh as domains

    public Chosen domain(String domainId) {
        return domains.draw(domainId);
    }

    public Chosen domainMap() {
        return map.draw();
    }
}
