package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.Sketch.Item;
import io.github.meshplugin.site.view.Sketch.Kind;
import io.github.meshplugin.site.view.Sketch.Line;
import java.util.ArrayList;
import java.util.HashSet;
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
    /** A lineage as far as it goes. */
    public static final int ANY_DISTANCE = Integer.MAX_VALUE;

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
        return lineage(productId, 2, SIDE_LIMIT, "");
    }

    /**
     * A product's lineage up to {@code hops} hops each way ({@link #ANY_DISTANCE}: as far as it goes), at most
     * {@code sideLimit} products a side, nearest first; {@code pageHref} is the page whose lists the "+N more"
     * boxes lead to, or "" for the page the picture is on.
     */
    public Chosen lineage(String productId, int hops, int sideLimit, String pageHref) {
        ProductRef focus = refs.get(productId);
        Set<String> taken = new LinkedHashSet<>();
        taken.add(productId);
        Side upstream = side(productId, this::producersOf, taken, hops, sideLimit);
        Side downstream = side(productId, this::consumersOf, taken, hops, sideLimit);

        List<ProductRef> shown = new ArrayList<>();
        shown.add(focus);
        upstream.shown().forEach(id -> shown.add(refs.get(id)));
        downstream.shown().forEach(id -> shown.add(refs.get(id)));
        List<Item> items = new ArrayList<>();
        for (ProductRef ref : shown) {
            items.add(productItem(ref, ref == focus ? Kind.FOCUS : Kind.PRODUCT));
        }
        List<Line> lines = new ArrayList<>(linesBetween(shown));
        String reach = reach(hops);
        String lists = pageHref.isEmpty() ? "the page lists" : "the product's page lists";
        if (upstream.hidden() > 0) {
            items.add(more(
                    MORE_UPSTREAM,
                    upstream.hidden(),
                    "upstream",
                    pageHref + "#upstream",
                    upstream.hidden() + " more upstream products " + reach + "; " + lists + " every direct one"));
            lines.add(new Line(MORE_UPSTREAM, PRODUCT + productId, 1, "More upstream products"));
        }
        if (downstream.hidden() > 0) {
            items.add(more(
                    MORE_DOWNSTREAM,
                    downstream.hidden(),
                    "downstream",
                    pageHref + "#downstream",
                    downstream.hidden() + " more downstream products " + reach + "; " + lists + " every direct one"));
            lines.add(new Line(PRODUCT + productId, MORE_DOWNSTREAM, 1, "More downstream products"));
        }
        String summary = capitalised(count(upstream.shown().size() + upstream.hidden(), "upstream product")) + " and "
                + count(downstream.shown().size() + downstream.hidden(), "downstream product")
                + " " + reach
                + (upstream.hidden() + downstream.hidden() > 0
                        ? "; " + (upstream.shown().size() + downstream.shown().size())
                                + " drawn, the rest in the lists " + (pageHref.isEmpty() ? "below" : "of its page")
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

    static String reach(int hops) {
        return switch (hops) {
            case ANY_DISTANCE -> "at any distance";
            case 1 -> "within one hop";
            case 2 -> "within two hops";
            case 3 -> "within three hops";
            default -> "within " + hops + " hops";
        };
    }

    private record Side(List<String> shown, int hidden) {}

    /** Direct neighbours first, then theirs, and so on, each hop by name; the first {@code limit} are drawn. */
    private Side side(String productId, Function<String, List<String>> next, Set<String> taken, int hops, int limit) {
        List<String> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>(taken);
        List<String> frontier = List.of(productId);
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            Set<String> nextHop = new LinkedHashSet<>();
            frontier.forEach(id -> nextHop.addAll(next.apply(id)));
            List<String> added = new ArrayList<>();
            // Only a hop that may still be drawn is put in name order; past the limit a hop is only counted.
            for (String id : candidates.size() < limit ? sortedByName(nextHop) : nextHop) {
                if (seen.add(id)) {
                    added.add(id);
                }
            }
            candidates.addAll(added);
            frontier = added;
        }
        List<String> shown = candidates.subList(0, Math.min(limit, candidates.size()));
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
