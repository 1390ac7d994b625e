package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.Sketch.Frame;
import io.github.meshplugin.site.view.Sketch.Item;
import io.github.meshplugin.site.view.Sketch.Kind;
import io.github.meshplugin.site.view.Sketch.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every graph picture is drawn from: the products' references, their domains' names and colours, and the
 * boxes, frames and lines the pictures share. A box's id says what it stands for, so a product can never share
 * an id with a domain or a "+N more" box.
 */
class PictureParts {

    static final String PRODUCT = "p:";
    static final String DOMAIN = "d:";
    static final String FRAME = "f:";

    static final Comparator<ProductRef> BY_NAME = ProductRefs.BY_NAME;

    final Mesh mesh;
    final MeshGraph graph;
    final Map<String, ProductRef> refs;
    private final Map<String, Integer> colours;
    /**
     * The boxes, frames and lines already made, by what they stand for: a product is drawn in the pictures of
     * each of its neighbours, and one shared box (and its texts) instead of a copy per picture keeps the pictures
     * of a large mesh from filling the memory with equal strings.
     */
    private final Parts made;

    private record Parts(Map<String, Item> products, Map<String, Frame> frames, Map<String, Line> lines) {
        Parts() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    PictureParts(Mesh mesh, MeshGraph graph, Map<String, ProductRef> refs) {
        this.mesh = mesh;
        this.graph = graph;
        this.refs = refs;
        this.made = new Parts();
        this.colours = new HashMap<>();
        Set<String> domains = new TreeSet<>();
        mesh.domains().forEach(d -> domains.add(d.id()));
        refs.values().forEach(r -> domains.add(r.domainId()));
        for (String domain : domains) {
            colours.put(domain, colours.size());
        }
    }

    /** Draws from the same parts as {@code other}. */
    PictureParts(PictureParts other) {
        this.mesh = other.mesh;
        this.graph = other.graph;
        this.refs = other.refs;
        this.colours = other.colours;
        this.made = other.made;
    }

    List<String> producersOf(String id) {
        return graph.inputsOf(id).stream()
                .map(DependencyEdge::producer)
                .distinct()
                .toList();
    }

    List<String> consumersOf(String id) {
        return graph.consumersOf(id).stream()
                .map(DependencyEdge::consumer)
                .distinct()
                .toList();
    }

    List<String> sortedByName(Iterable<String> ids) {
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
    List<Line> linesBetween(List<ProductRef> shown) {
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
            contractsByProducer.forEach((producer, contracts) -> {
                String pair = producer + "\u0000" + consumer.id();
                lines.put(
                        pair,
                        made.lines()
                                .computeIfAbsent(
                                        pair,
                                        same -> new Line(
                                                PRODUCT + producer,
                                                PRODUCT + consumer.id(),
                                                1,
                                                consumer.name() + " reads "
                                                        + refs.get(producer).name() + " through "
                                                        + String.join(", ", contracts))));
            });
        }
        return List.copyOf(lines.values());
    }

    Item productItem(ProductRef ref, Kind kind) {
        return made.products().computeIfAbsent(kind + " " + ref.id(), same -> newProductItem(ref, kind));
    }

    private Item newProductItem(ProductRef ref, Kind kind) {
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

    Item domainItem(String domainId, String itemId, String detail) {
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

    static Item more(String id, int hidden, String what, String href, String title) {
        return new Item(id, null, "+" + hidden + " more", what, title, href, Kind.MORE, 0, null);
    }

    List<Frame> framesOf(List<ProductRef> shown) {
        Map<String, Frame> frames = new LinkedHashMap<>();
        shown.stream()
                .map(ProductRef::domainId)
                .distinct()
                .sorted(Comparator.comparing(this::domainName).thenComparing(Comparator.naturalOrder()))
                .forEach(d -> frames.put(
                        d,
                        made.frames()
                                .computeIfAbsent(
                                        d,
                                        same -> new Frame(
                                                FRAME + d,
                                                domainName(d),
                                                "Domain " + domainName(d),
                                                Hrefs.domain(d),
                                                colour(d)))));
        return List.copyOf(frames.values());
    }

    List<ProductRef> sortedRefs(List<String> ids) {
        return ids.stream()
                .map(refs::get)
                .filter(r -> r != null)
                .sorted(BY_NAME)
                .toList();
    }

    String domainOf(String productId) {
        ProductRef ref = refs.get(productId);
        return ref == null ? null : ref.domainId();
    }

    String domainName(String domainId) {
        return mesh.domain(domainId).map(Domain::displayName).orElse(domainId);
    }

    int colour(String domainId) {
        return colours.getOrDefault(domainId, 0);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String count(int n, String noun) {
        return (n == 0 ? "no" : Integer.toString(n)) + " "
                + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
