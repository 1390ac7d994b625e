package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How strongly the domains are coupled: a domain x domain matrix of dependency edges (each consumer, producer and
 * contract counts once), consuming domain in rows, producing domain in columns, and the share of all edges that
 * cross a domain boundary. O(edges + domains^2).
 */
public final class DomainCoupling {

    private final List<String> domains;
    private final int[][] edges;
    private final int total;
    private final int crossDomain;

    DomainCoupling(MeshGraph graph) {
        TreeSet<String> names = new TreeSet<>();
        for (String product : graph.products()) {
            names.add(graph.domainOf(product));
        }
        this.domains = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        for (String domain : domains) {
            index.put(domain, index.size());
        }
        this.edges = new int[domains.size()][domains.size()];
        int all = 0;
        int cross = 0;
        for (DependencyEdge edge : graph.graph().edgeSet()) {
            int from = index.get(graph.domainOf(edge.consumer()));
            int to = index.get(graph.domainOf(edge.producer()));
            edges[from][to]++;
            all++;
            if (from != to) {
                cross++;
            }
        }
        this.total = all;
        this.crossDomain = cross;
    }

    public static DomainCoupling of(MeshGraph graph) {
        return new DomainCoupling(graph);
    }

    /** The domains that have products, sorted: the rows and columns of the matrix. */
    public List<String> domains() {
        return domains;
    }

    /** Edges from products of {@code consumerDomain} to products of {@code producerDomain}; 0 for unknown domains. */
    public int edges(String consumerDomain, String producerDomain) {
        int from = domains.indexOf(consumerDomain);
        int to = domains.indexOf(producerDomain);
        return from < 0 || to < 0 ? 0 : edges[from][to];
    }

    /** The matrix, rows and columns in {@link #domains()} order. */
    public int[][] matrix() {
        int[][] copy = new int[edges.length][];
        for (int i = 0; i < edges.length; i++) {
            copy[i] = edges[i].clone();
        }
        return copy;
    }

    public int totalEdges() {
        return total;
    }

    public int crossDomainEdges() {
        return crossDomain;
    }

    /** The share of edges that cross a domain boundary, 0 to 1; 0 for a mesh without edges. */
    public double crossDomainShare() {
        return total == 0 ? 0 : (double) crossDomain / total;
    }
}
