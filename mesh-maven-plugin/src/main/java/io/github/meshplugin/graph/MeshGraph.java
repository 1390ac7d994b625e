package io.github.meshplugin.graph;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The dependency graph of a mesh: one vertex per product id, one edge per (consumer, producer, contract), drawn
 * consumer -> producer. Edges are resolved through contract ids only, never folder names; an input port whose
 * contract nobody publishes adds no edge (it is a finding instead). It answers what the graph is (products,
 * edges, domains); what follows from it (closures, cycles, layers, blast radii) is asked of
 * {@code graph.analysis.GraphAnalysis}, computed once per build.
 */
public final class MeshGraph {

    private final Graph<String, DependencyEdge> graph = new DirectedPseudograph<>(DependencyEdge.class);
    private final Map<String, String> domainOf = new HashMap<>();
    private List<DomainLink> domainLinks;
    private final Map<String, String> teamOf = new HashMap<>();
    /**
     * Each product's edges in order, asked for once per picture, list and rule that shows the product: sorted once.
     * The graph never changes once built.
     */
    private final Map<String, List<DependencyEdge>> inputs = new ConcurrentHashMap<>();

    private final Map<String, List<DependencyEdge>> consumers = new ConcurrentHashMap<>();

    private MeshGraph() {}

    public static MeshGraph of(Mesh mesh) {
        MeshGraph meshGraph = new MeshGraph();
        for (DataProduct product : mesh.products()) {
            if (product.id() != null && meshGraph.graph.addVertex(product.id())) {
                meshGraph.domainOf.put(product.id(), product.domain());
                if (product.ownerTeam() != null) {
                    meshGraph.teamOf.put(product.id(), product.ownerTeam());
                }
            }
        }
        for (DataProduct consumer : mesh.products()) {
            if (consumer.id() == null || !meshGraph.domainOf.containsKey(consumer.id())) {
                continue;
            }
            for (InputPort port : consumer.inputPorts()) {
                mesh.publisherOf(port.contractId())
                        .filter(producer -> producer.id() != null)
                        .ifPresent(producer -> meshGraph.graph.addEdge(
                                consumer.id(),
                                producer.id(),
                                new DependencyEdge(consumer.id(), producer.id(), port.contractId())));
            }
        }
        return meshGraph;
    }

    /** The underlying JGraphT graph, read-only by convention: analyses ask questions of it. */
    public Graph<String, DependencyEdge> graph() {
        return graph;
    }

    /** The domain a product belongs to, or null when the product is not in the graph. */
    public String domainOf(String product) {
        return domainOf.get(product);
    }

    /** The team that owns a product (declared or inherited from its domain), or null when it has none. */
    public String teamOf(String product) {
        return teamOf.get(product);
    }

    public Set<String> products() {
        return new TreeSet<>(graph.vertexSet());
    }

    public List<DependencyEdge> edges() {
        return graph.edgeSet().stream()
                .sorted(Comparator.comparing(DependencyEdge::consumer)
                        .thenComparing(DependencyEdge::producer)
                        .thenComparing(DependencyEdge::contractId))
                .toList();
    }

    /** Edges where {@code product} is the consumer: what it reads, and from whom. */
    public List<DependencyEdge> inputsOf(String product) {
        return inputs.computeIfAbsent(
                product, p -> graph.containsVertex(p) ? sorted(graph.outgoingEdgesOf(p)) : List.of());
    }

    /** Edges where {@code product} is the producer: who reads it, and which contract. */
    public List<DependencyEdge> consumersOf(String product) {
        return consumers.computeIfAbsent(
                product, p -> graph.containsVertex(p) ? sorted(graph.incomingEdgesOf(p)) : List.of());
    }

    /** Consuming domain -> producing domain pairs with their edge counts; computed once, the graph never changes. */
    public synchronized List<DomainLink> domainLinks() {
        if (domainLinks == null) {
            domainLinks = List.copyOf(computeDomainLinks());
        }
        return domainLinks;
    }

    private List<DomainLink> computeDomainLinks() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (DependencyEdge edge : graph.edgeSet()) {
            String from = domainOf.get(edge.consumer());
            String to = domainOf.get(edge.producer());
            if (from != null && to != null && !from.equals(to)) {
                counts.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1, Integer::sum);
            }
        }
        List<DomainLink> links = new ArrayList<>();
        counts.forEach((from, targets) -> targets.forEach((to, n) -> links.add(new DomainLink(from, to, n))));
        return links;
    }

    /** The domain-level graph: domains as vertices, one weighted edge per consuming -> producing domain pair. */
    public Graph<String, DomainLink> domainGraph() {
        Graph<String, DomainLink> domains = new DirectedPseudograph<>(DomainLink.class);
        new TreeSet<>(domainOf.values()).forEach(domains::addVertex);
        for (DomainLink link : domainLinks()) {
            domains.addEdge(link.consumerDomain(), link.producerDomain(), link);
        }
        return domains;
    }

    public long crossDomainEdgeCount() {
        return domainLinks().stream().mapToLong(DomainLink::edges).sum();
    }

    private static List<DependencyEdge> sorted(Set<DependencyEdge> edges) {
        return edges.stream()
                .sorted(Comparator.comparing(DependencyEdge::consumer)
                        .thenComparing(DependencyEdge::producer)
                        .thenComparing(DependencyEdge::contractId))
                .toList();
    }
}
