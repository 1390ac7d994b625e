package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.site.view.CatalogView.Picture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The graph pictures of every page, and the graph page itself (the mesh as a map of domains), drawn before the
 * pages are put together; with them each product's README, rendered the same way.
 */
final class GraphPages {

    private final Drawing drawing;
    private final GraphPictures pictures;
    private final Map<String, Picture> neighbourhoods = new ConcurrentHashMap<>();
    private final Map<String, Picture> domainPictures = new ConcurrentHashMap<>();

    GraphPages(MeshIndex index, ProductRefs refs, MeshGraph graph, Drawing drawing) {
        this.drawing = drawing;
        this.pictures = new GraphPictures(index.mesh(), graph, refs.byId());
        // Laying out a picture per product is most of this stage on a large mesh, and each is independent of the
        // others (the layout of the same input is the same on any thread): draw them on every core.
        index.products().parallelStream().forEach(product -> {
            neighbourhoods.put(
                    product.id(), picture(pictures.neighbourhood(product.id()), Hrefs.product(product.id())));
        });
        index.mesh().domains().parallelStream()
                .map(Domain::id)
                .distinct()
                .forEach(domain -> domainPictures.put(domain, picture(pictures.domain(domain), Hrefs.domain(domain))));
    }

    Picture neighbourhood(DataProduct product) {
        return neighbourhoods.get(product.id());
    }

    /** The product's README, rendered with its page (a page left as it was renders none), or null. */
    CatalogView.Markdown readme(DataProduct product) {
        return product.readme() == null ? null : new CatalogView.Markdown(product.readme(), drawing);
    }

    Picture domain(String domainId) {
        return domainPictures.get(domainId);
    }

    /** @param explore the products whose explorers the graph page links, in the order it lists them */
    CatalogView.GraphPage graphPage(List<CatalogView.ProductRef> explore) {
        return new CatalogView.GraphPage(
                picture(pictures.domainMap(), Hrefs.GRAPH_PAGE),
                explore.stream()
                        .map(ref -> new CatalogView.Link(ref.name(), Hrefs.explorer(ref.id())))
                        .toList(),
                Hrefs.LINEAGE_DATA);
    }

    ExplorerPages explorers() {
        return new ExplorerPages(pictures);
    }

    private Picture picture(GraphPictures.Chosen chosen, String pagePath) {
        String root = Hrefs.root(pagePath);
        return new Picture(chosen.sketch(), root, chosen.summary(), drawing);
    }
}
