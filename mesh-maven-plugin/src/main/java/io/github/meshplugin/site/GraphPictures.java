package io.github.meshplugin.site;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.site.CatalogView.ProductRef;
import io.github.meshplugin.site.Sketch.Frame;
import io.github.meshplugin.site.Sketch.Item;
import io.github.meshplugin.site.Sketch.Kind;
import io.github.meshplugin.site.Sketch.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Chooses what each graph picture shows, so every picture stays readable however large the mesh: a product's
 * neighbourhood (two hops each way, at most {@value #SIDE_LIMIT} products a side, the rest as "+N more"), a
 * domain's products with their links to other domains collapsed into one box per domain, and the mesh as a
 * map of domains. No picture ever shows the whole product graph.
 */
final class GraphPictures {

    static final int SIDE_LIMIT = 12;
    static final int DOMAIN_PRODUCT_LIMIT = 24;
    static final int NEIGHBOUR_DOMAIN_LIMIT = 16;
    /** Past this many product-to-domain lines, a domain's links are drawn from its frame as a whole. */
    static final int PRODUCT_LINK_LIMIT = 30;
    /** Past this many links the domain map keeps only each domain's strongest, or it becomes a hairball. */
    static final int MAP_LINK_LIMIT = 60;

    static final int STRONGEST_PER_DOMAIN = 1;
    /** The most domains the map draws; a larger mesh shows those with the most dependencies across domains. */
    static final int MAP_DOMAIN_LIMIT = 120;

    private static final String MORE_MAP_DOMAINS = "m:map-domains";

    // A box's id says what it stands for, so a product can never share an id with a domain or a "+N more" box.
    private static final String PRODUCT = "p:";
    private static final String DOMAIN = "d:";
    private static final String FRAME = "f:";
    private static final String MORE_UPSTREAM = "m:upstream";
    private static final String MORE_DOWNSTREAM = "m:downstream";
    private static final String MORE_PRODUCTS = "m:products";
    private static final String MORE_DOMAINS = "m:domains";

    private static final Comparator<ProductRef> BY_NAME =
            Comparator.comparing(ProductRef::name).thenComparing(ProductRef::id);

    private final Mesh mesh;
    private final MeshGraph graph;
    private final Map<String, ProductRef> refs;
    private final Map<String, Integer> colours = new HashMap<>();

    GraphPictures(Mesh mesh, MeshGraph graph, Map<String, ProductRef> refs) {
        this.mesh = mesh;
        this.graph = graph;
        this.refs = refs;
        Set<String> domains = new TreeSet<>();
        mesh.domains().forEach(d -> domains.add(d.id()));
        refs.values().forEach(r -> domains.add(r.domainId()));
        for (String domain : domains) {
            colours.put(domain, colours.size());
        }
    }

    /** What a picture says about itself, for its caption. */
    record Chosen(Sketch sketch, String summary) {}

    // ---- a product's neighbourhood

    Chosen neighbourhood(String productId) {
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

    private List<String> producersOf(String id) {
        return graph.inputsOf(id).stream()
                .map(DependencyEdge::producer)
                .distinct()
                .toList();
    }

    private List<String> consumersOf(String id) {
        return graph.consumersOf(id).stream()
                .map(DependencyEdge::consumer)
                .distinct()
                .toList();
    }

    private List<String> sortedByName(Iterable<String> ids) {
        List<ProductRef> list = new ArrayList<>();
        ids.forEach(id -> {
            ProductRef ref = refs.get(id);
            if (ref != null) {
                list.add(ref);
            }
        });
        list.sort(BY_NAME);
        return list.stream().map(ProductRef::id).distinct().toList();
    }

    /** One line per producer and consumer pair among the drawn products, in the direction data flows. */
    private List<Line> linesBetween(List<ProductRef> shown) {
        Set<String> ids = new TreeSet<>();
        shown.forEach(r -> ids.add(r.id()));
        Map<String, Line> lines = new TreeMap<>();
        for (ProductRef consumer : shown) {
            Map<String, List<String>> contractsByProducer = new TreeMap<>();
            for (DependencyEdge edge : graph.inputsOf(consumer.id())) {
                if (ids.contains(edge.producer()) && !edge.producer().equals(consumer.id())) {
                    contractsByProducer
                            .computeIfAbsent(edge.producer(), k -> new ArrayList<>())
                            .add(edge.contractId());
                }
            }
            contractsByProducer.forEach((producer, contracts) -> lines.put(
                    producer + "\u0000" + consumer.id(),
                    new Line(
                            PRODUCT + producer,
                            PRODUCT + consumer.id(),
                            1,
                            consumer.name() + " reads " + refs.get(producer).name() + " through "
                                    + String.join(", ", contracts))));
        }
        return List.copyOf(lines.values());
    }

    // ---- a domain's products

    Chosen domain(String domainId) {
        String domainName = domainName(domainId);
        List<ProductRef> all = sortedRefs(mesh.productsOf(domainId).stream()
                .map(DataProduct::id)
                .distinct()
                .toList());
        List<ProductRef> shown = all;
        if (all.size() > DOMAIN_PRODUCT_LIMIT) {
            // The best connected products tell most about the domain; the page lists every one.
            Map<String, Integer> degree = new HashMap<>();
            all.forEach(r -> degree.put(
                    r.id(),
                    graph.inputsOf(r.id()).size() + graph.consumersOf(r.id()).size()));
            shown = all.stream()
                    .sorted(Comparator.comparing((ProductRef r) -> -degree.get(r.id()))
                            .thenComparing(BY_NAME))
                    .limit(DOMAIN_PRODUCT_LIMIT)
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
                .limit(NEIGHBOUR_DOMAIN_LIMIT)
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
        boolean perProduct = collapsed.size() <= PRODUCT_LINK_LIMIT;
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
        return new Chosen(
                new Sketch(
                        "Products of " + domainName + " and the domains they link to",
                        Sketch.Legend.DOMAIN,
                        List.of(frame),
                        items,
                        lines),
                summary);
    }

    // ---- the mesh as domains

    Chosen domainMap() {
        List<DomainLink> links = graph.domainLinks();
        List<DomainLink> drawn = links;
        if (links.size() > MAP_LINK_LIMIT) {
            Set<DomainLink> strongest = new LinkedHashSet<>();
            Comparator<DomainLink> heaviest = Comparator.comparing((DomainLink l) -> -l.edges())
                    .thenComparing(DomainLink::producerDomain)
                    .thenComparing(DomainLink::consumerDomain);
            Map<String, List<DomainLink>> byConsumer = new TreeMap<>();
            Map<String, List<DomainLink>> byProducer = new TreeMap<>();
            for (DomainLink link : links) {
                byConsumer
                        .computeIfAbsent(link.consumerDomain(), k -> new ArrayList<>())
                        .add(link);
                byProducer
                        .computeIfAbsent(link.producerDomain(), k -> new ArrayList<>())
                        .add(link);
            }
            for (Map<String, List<DomainLink>> groups : List.of(byConsumer, byProducer)) {
                groups.values()
                        .forEach(group -> group.stream()
                                .sorted(heaviest)
                                .limit(STRONGEST_PER_DOMAIN)
                                .forEach(strongest::add));
            }
            drawn = links.stream().filter(strongest::contains).toList();
        }
        Map<String, Integer> productCounts = new TreeMap<>();
        refs.values().forEach(r -> productCounts.merge(r.domainId(), 1, Integer::sum));
        Set<String> domains =
                new TreeSet<>(Comparator.comparing(this::domainName).thenComparing(Comparator.naturalOrder()));
        mesh.domains().forEach(d -> domains.add(d.id()));
        domains.addAll(productCounts.keySet());
        int allDomains = domains.size();
        if (allDomains > MAP_DOMAIN_LIMIT) {
            // A map of hundreds of domains is unreadable and heavy: keep those most bound to other domains.
            Map<String, Integer> crossing = new TreeMap<>();
            for (DomainLink link : links) {
                crossing.merge(link.consumerDomain(), link.edges(), Integer::sum);
                crossing.merge(link.producerDomain(), link.edges(), Integer::sum);
            }
            Set<String> kept = new HashSet<>(domains.stream()
                    .sorted(Comparator.comparing((String d) -> -crossing.getOrDefault(d, 0))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(MAP_DOMAIN_LIMIT)
                    .toList());
            domains.retainAll(kept);
            drawn = drawn.stream()
                    .filter(l -> kept.contains(l.consumerDomain()) && kept.contains(l.producerDomain()))
                    .toList();
        }
        List<Item> items = new ArrayList<>();
        for (String domain : domains) {
            items.add(domainItem(domain, DOMAIN + domain, count(productCounts.getOrDefault(domain, 0), "product")));
        }
        if (domains.size() < allDomains) {
            items.add(more(
                    MORE_MAP_DOMAINS,
                    allDomains - domains.size(),
                    "domains",
                    "index.html#domains-heading",
                    (allDomains - domains.size()) + " more domains, with fewer dependencies across domains; the "
                            + "overview lists every domain"));
        }
        List<Line> lines = drawn.stream()
                .map(l -> new Line(
                        DOMAIN + l.producerDomain(),
                        DOMAIN + l.consumerDomain(),
                        l.edges(),
                        domainName(l.consumerDomain()) + " reads " + domainName(l.producerDomain()) + ": "
                                + count(l.edges(), "dependency")))
                .toList();
        String summary = count(allDomains, "domain") + " and " + count(links.size(), "link") + " between them"
                + (domains.size() < allDomains
                        ? "; the " + domains.size() + " most bound to other domains are drawn"
                        : "")
                + (drawn.size() < links.size()
                        ? "; " + drawn.size() + " are drawn (the heaviest link into and out of"
                                + " each domain), every link is listed on the domain pages"
                        : "")
                + ". A line's width grows with the number of product dependencies it stands for.";
        return new Chosen(
                new Sketch("Domain map: " + summary, Sketch.Legend.DOMAINS, List.of(), items, lines), summary);
    }

    // ---- helpers

    private Item productItem(ProductRef ref, Kind kind) {
        String title = ref.name() + " (" + ref.id() + "), " + ref.domainName() + ", " + ref.status()
                + (ref.ownerName() == null ? "" : ", owned by " + ref.ownerName());
        return new Item(
                PRODUCT + ref.id(),
                FRAME + ref.domainId(),
                ref.name(),
                kind == Kind.FOCUS ? "this product, " + ref.status() : ref.status(),
                title,
                ref.href(),
                kind,
                colour(ref.domainId()),
                ref.status());
    }

    private Item domainItem(String domainId, String itemId, String detail) {
        return new Item(
                itemId,
                null,
                domainName(domainId),
                detail,
                "Domain " + domainName(domainId) + ", " + detail,
                Hrefs.domain(domainId),
                Kind.DOMAIN,
                colour(domainId),
                null);
    }

    private static Item more(String id, int hidden, String what, String href, String title) {
        return new Item(id, null, "+" + hidden + " more", what, title, href, Kind.MORE, 0, null);
    }

    private List<Frame> framesOf(List<ProductRef> shown) {
        Map<String, Frame> frames = new LinkedHashMap<>();
        shown.stream()
                .map(ProductRef::domainId)
                .distinct()
                .sorted(Comparator.comparing(this::domainName).thenComparing(Comparator.naturalOrder()))
                .forEach(d -> frames.put(
                        d, new Frame(FRAME + d, domainName(d), "Domain " + domainName(d), Hrefs.domain(d), colour(d))));
        return List.copyOf(frames.values());
    }

    private List<ProductRef> sortedRefs(List<String> ids) {
        return ids.stream()
                .map(refs::get)
                .filter(r -> r != null)
                .sorted(BY_NAME)
                .toList();
    }

    private String domainOf(String productId) {
        ProductRef ref = refs.get(productId);
        return ref == null ? null : ref.domainId();
    }

    private String domainName(String domainId) {
        return mesh.domain(domainId).map(Domain::displayName).orElse(domainId);
    }

    private int colour(String domainId) {
        return colours.getOrDefault(domainId, 0);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String count(int n, String noun) {
        return (n == 0 ? "no" : Integer.toString(n)) + " "
                + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
