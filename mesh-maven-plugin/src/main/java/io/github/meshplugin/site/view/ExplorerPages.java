package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ExplorerViews.Depth;
import io.github.meshplugin.site.view.ExplorerViews.ExplorerPage;
import io.github.meshplugin.site.view.ExplorerViews.LineageData;
import io.github.meshplugin.site.view.ExplorerViews.Node;
import io.github.meshplugin.site.view.ExplorerViews.Read;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each product's lineage explorer: its lineage at one, two and three hops and as far as it goes, a depth drawn
 * only when it shows more than the one before. Each picture keeps at most {@value #SIDE_LIMIT} products a side
 * (the rest as "+N more", like the product page's), so a page stays small and its picture readable however far
 * the lineage reaches.
 */
final class ExplorerPages {

    static final int SIDE_LIMIT = 24;
    /** Depths drawn one by one; past the last, one picture shows the whole lineage. */
    static final int STEPPED_DEPTHS = 3;

    private final GraphPictures pictures;
    private final Drawing drawing;

    ExplorerPages(GraphPictures pictures, Drawing drawing) {
        this.pictures = pictures;
        this.drawing = drawing;
    }

    ExplorerViews.Explorer explorer(MeshIndex index, ProductRefs refs, MeshGraph graph) {
        // As the product pictures: independent of each other, drawn on every core, kept in the mesh's order.
        List<ExplorerPage> pages = index.products().parallelStream()
                .map(DataProduct::id)
                .distinct()
                .map(id -> page(refs.of(id)))
                .toList();
        return new ExplorerViews.Explorer(pages, data(refs, graph), Hrefs.LINEAGE_DATA);
    }

    ExplorerPage page(ProductRef product) {
        String href = Hrefs.explorer(product.id());
        String root = Hrefs.root(href);
        int farthest = pictures.farthest(product.id());
        List<Depth> depths = new ArrayList<>();
        for (int hops : depths(farthest)) {
            String id = hops == GraphPictures.ANY_DISTANCE ? "depth-all" : "depth-" + hops;
            GraphPictures.Chosen chosen = pictures.lineage(product.id(), hops, SIDE_LIMIT, product.href());
            depths.add(new Depth(
                    id,
                    hops,
                    label(hops, farthest),
                    "Lineage " + GraphPictures.reach(hops),
                    new CatalogView.Picture(chosen.sketch(), root, id, chosen.summary(), drawing)));
        }
        // The first depth past the product page's two hops, or the farthest there is.
        int chosen = Math.min(depths.size() - 1, 2);
        return new ExplorerPage(product, href, depths, chosen, Hrefs.LINEAGE_DATA);
    }

    /** The depths worth drawing for a lineage that reaches {@code farthest} hops: each one shows more. */
    static List<Integer> depths(int farthest) {
        List<Integer> depths = new ArrayList<>();
        for (int hops = 1; hops <= Math.max(1, Math.min(farthest, STEPPED_DEPTHS)); hops++) {
            depths.add(hops);
        }
        if (farthest > STEPPED_DEPTHS) {
            depths.add(GraphPictures.ANY_DISTANCE);
        }
        return depths;
    }

    static String label(int hops, int farthest) {
        if (hops == GraphPictures.ANY_DISTANCE) {
            return "All " + farthest + " hops";
        }
        return (hops == 1 ? "1 hop" : hops + " hops") + (hops >= farthest ? " (all)" : "");
    }

    /** Every product by name and every dependency between two of them, with the contracts it goes through. */
    static LineageData data(ProductRefs refs, MeshGraph graph) {
        List<ProductRef> products = new ArrayList<>(refs.byId().values());
        products.sort(ProductRefs.BY_NAME);
        Map<String, Integer> place = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (ProductRef ref : products) {
            place.put(ref.id(), nodes.size());
            String file = ref.href().substring("products/".length(), ref.href().length() - ".html".length());
            nodes.add(new Node(ref.id(), ref.name(), ref.domainName(), file));
        }
        Map<List<Integer>, TreeSet<String>> contracts = new TreeMap<>((a, b) ->
                a.get(0).equals(b.get(0)) ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
        for (DependencyEdge edge : graph.edges()) {
            Integer consumer = place.get(edge.consumer());
            Integer producer = place.get(edge.producer());
            if (consumer != null && producer != null && !consumer.equals(producer)) {
                contracts
                        .computeIfAbsent(List.of(consumer, producer), k -> new TreeSet<>())
                        .add(edge.contractId());
            }
        }
        List<Read> reads = new ArrayList<>();
        contracts.forEach((pair, through) -> reads.add(new Read(pair.get(0), pair.get(1), List.copyOf(through))));
        return new LineageData(nodes, reads);
    }
}
