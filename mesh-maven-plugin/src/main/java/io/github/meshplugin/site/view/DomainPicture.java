package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.Sketch.Frame;
import io.github.meshplugin.site.view.Sketch.Item;
import io.github.meshplugin.site.view.Sketch.Kind;
import io.github.meshplugin.site.view.Sketch.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A domain's picture: its products (the best connected when there are many) and the domains they link to. */
final class DomainPicture extends PictureParts {

    private static final String MORE_PRODUCTS = "m:products";
    private static final String MORE_DOMAINS = "m:domains";

    DomainPicture(PictureParts parts) {
        super(parts);
    }

    GraphPictures.Chosen draw(String domainId) {
        String domainName = domainName(domainId);
        List<ProductRef> all = sortedRefs(mesh.productsOf(domainId).stream()
                .map(DataProduct::id)
                .distinct()
                .toList());
        List<ProductRef> shown = all;
        if (all.size() > GraphPictures.DOMAIN_PRODUCT_LIMIT) {
            // The best connected products tell most about the domain; the page lists every one.
            Map<String, Integer> degree = new HashMap<>();
            all.forEach(r -> degree.put(
                    r.id(),
                    graph.inputsOf(r.id()).size() + graph.consumersOf(r.id()).size()));
            shown = all.stream()
                    .sorted(Comparator.comparing((ProductRef r) -> -degree.get(r.id()))
                            .thenComparing(BY_NAME))
                    .limit(GraphPictures.DOMAIN_PRODUCT_LIMIT)
                    .sorted(BY_NAME)
                    .toList();
        }

        // Edges that leave the domain, collapsed to (product, other domain) with a count.
        Map<String, Integer> totalByDomain = new TreeMap<>();
        Map<List<String>, Integer> collapsed =
                new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (ProductRef ref : shown) {
            for (DependencyEdge edge : graph.inputsOf(ref.id())) {
                String other = domainOf(edge.producer());
                if (other != null && !other.equals(domainId)) {
                    collapsed.merge(List.of(DOMAIN + other, PRODUCT + ref.id()), 1, Integer::sum);
                    totalByDomain.merge(other, 1, Integer::sum);
                }
            }
            for (DependencyEdge edge : graph.consumersOf(ref.id())) {
                String other = domainOf(edge.consumer());
                if (other != null && !other.equals(domainId)) {
                    collapsed.merge(List.of(PRODUCT + ref.id(), DOMAIN + other), 1, Integer::sum);
                    totalByDomain.merge(other, 1, Integer::sum);
                }
            }
        }
        List<String> neighbours = totalByDomain.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(GraphPictures.NEIGHBOUR_DOMAIN_LIMIT)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(this::domainName).thenComparing(Comparator.naturalOrder()))
                .toList();
        int hiddenDomains = totalByDomain.size() - neighbours.size();

        List<Item> items = new ArrayList<>();
        shown.forEach(r -> items.add(productItem(r, Kind.PRODUCT)));
        for (String other : neighbours) {
            items.add(domainItem(other, DOMAIN + other, "domain, " + count(totalByDomain.get(other), "link")));
        }
        if (all.size() > shown.size()) {
            items.add(more(
                    MORE_PRODUCTS,
                    all.size() - shown.size(),
                    "products",
                    "#products-heading",
                    (all.size() - shown.size()) + " more products of " + domainName + ", listed on this page"));
        }
        if (hiddenDomains > 0) {
            items.add(more(
                    MORE_DOMAINS,
                    hiddenDomains,
                    "domains",
                    "#deps-heading",
                    hiddenDomains + " more domains linked to " + domainName + ", listed on this page"));
        }
        List<Line> lines = new ArrayList<>(linesBetween(shown));
        // Few links are drawn product by product; many are gathered into one line per domain from the frame.
        boolean perProduct = collapsed.size() <= GraphPictures.PRODUCT_LINK_LIMIT;
        Map<List<String>, Integer> merged =
                new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        collapsed.forEach((pair, n) -> {
            boolean incoming = pair.get(0).startsWith(DOMAIN);
            String product = incoming ? pair.get(1) : pair.get(0);
            String other = (incoming ? pair.get(0) : pair.get(1)).substring(DOMAIN.length());
            String end = perProduct ? product : FRAME + domainId;
            String far = neighbours.contains(other) ? DOMAIN + other : MORE_DOMAINS;
            merged.merge(incoming ? List.of(far, end) : List.of(end, far), n, Integer::sum);
        });
        merged.forEach((pair, n) -> {
            boolean incoming = !pair.get(1).startsWith(DOMAIN) && !pair.get(1).equals(MORE_DOMAINS);
            String far = incoming ? pair.get(0) : pair.get(1);
            String near = incoming ? pair.get(1) : pair.get(0);
            String otherName = far.equals(MORE_DOMAINS) ? "other domains" : domainName(far.substring(DOMAIN.length()));
            String nearName = near.startsWith(PRODUCT)
                    ? refs.get(near.substring(PRODUCT.length())).name()
                    : domainName;
            lines.add(new Line(
                    pair.get(0),
                    pair.get(1),
                    n,
                    incoming
                            ? nearName + " reads " + otherName + ": " + count(n, "dependency")
                            : otherName + " reads " + nearName + ": " + count(n, "dependency")));
        });
        Frame frame = new Frame(
                FRAME + domainId, domainName, "Domain " + domainName, Hrefs.domain(domainId), colour(domainId));
        String summary = count(all.size(), "product")
                + (shown.size() < all.size() ? " (" + shown.size() + " best connected drawn)" : "") + ", linked to "
                + count(totalByDomain.size(), "other domain")
                + "; links to a domain are drawn as one line whose width grows with their number.";
        return new GraphPictures.Chosen(
                new Sketch(
                        "Products of " + domainName + " and the domains they link to",
                        Sketch.Legend.DOMAIN,
                        List.of(frame),
                        items,
                        lines),
                summary);
    }
}
