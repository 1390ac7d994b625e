package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ExplorerViews.DomainNode;
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
 * The lineage explorer's page and the data it draws from. The page draws a product's lineage at one, two and three
 * hops and as far as it goes, a depth only when it shows more than the one before, each picture keeping at most
 * {@value #SIDE_LIMIT} products a side (the rest as "+N more", like the product page's): it does so in the browser,
 * choosing and laying out as {@link GraphPictures#lineage} and the build's layout do, from one script of the
 * whole mesh, so no page or picture is written per product.
 */
final class ExplorerPages {

    static final int SIDE_LIMIT = 24;
    /** Depths drawn one by one; past the last, one picture shows the whole lineage. */
    static final int STEPPED_DEPTHS = 3;

    private final GraphPictures pictures;

    ExplorerPages(GraphPictures pictures) {
        this.pictures = pictures;
    }

    ExplorerViews.Explorer explorer(ProductRefs refs, MeshGraph graph) {
        return new ExplorerViews.Explorer(
                new ExplorerPage(Hrefs.EXPLORER, SIDE_LIMIT, STEPPED_DEPTHS, Hrefs.LINEAGE_DATA),
                data(refs, graph, pictures));
    }

    /**
     * Every product by name, the domains they belong to, and every dependency between two of them with the
     * contracts it goes through: what the explorer needs to draw any product's lineage as the build would.
     */
    static LineageData data(ProductRefs refs, MeshGraph graph, PictureParts parts) {
        List<ProductRef> products = new ArrayList<>(refs.byId().values());
        products.sort(ProductRefs.BY_NAME);
        Map<String, Integer> place = new HashMap<>();
        Map<String, Integer> domainPlace = new HashMap<>();
        List<DomainNode> domains = new ArrayList<>();
        for (String id :
                new TreeSet<>(products.stream().map(ProductRef::domainId).toList())) {
            domainPlace.put(id, domains.size());
            domains.add(new DomainNode(id, parts.domainName(id), Hrefs.domain(id), parts.colour(id)));
        }
        List<Node> nodes = new ArrayList<>();
        for (ProductRef ref : products) {
            place.put(ref.id(), nodes.size());
            String file = ref.href().substring("products/".length(), ref.href().length() - ".html".length());
            nodes.add(new Node(
                    ref.id(),
                    ref.name(),
                    ref.domainName(),
                    file,
                    ref.status(),
                    ref.ownerName(),
                    domainPlace.get(ref.domainId())));
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
        return new LineageData(nodes, domains, reads);
    }
}
