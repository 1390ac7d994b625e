package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every product's blast radius: the products that depend on it, directly or transitively, and the distinct
 * domains and teams they belong to. Computed for all products in one pass over the strongly connected components
 * (see {@link LabelReach}: O((products + edges) x products / 64) word operations), keeping the exact counts and
 * only the first {@code sampleSize} products in the caller's order, so a page can say "+N more" without anything
 * ever holding every product's full list.
 *
 * <p>Not JGraphT's {@code BreadthFirstIterator} from every product: that costs the sum of all blast radii, which
 * grows with the square of the mesh where early products have tens of thousands of dependents (the meshes of
 * {@code GraphAnalysisBenchmark}). Where dependents are few it is cheaper: on the 10,000-product mesh {@code
 * SyntheticMesh} writes, a walk from 1,000 products took 48 ms (about 0.5 s for all), this 1,130 ms; at 50,000
 * products 71 ms (about 3.6 s for all) against 13.3 s ({@code JGraphTBenchmark} in the tests, on a shared
 * two-core machine). Which to keep depends on the meshes users have; both figures are here to decide it.
 */
public final class BlastRadius {

    /**
     * {@code products}: how many products depend on this one; {@code sample}: the first of them in the requested
     * order (at most the sample size); {@code domains} and {@code teams}: the distinct ones they belong to, sorted.
     */
    public record Radius(int products, List<String> sample, List<String> domains, List<String> teams) {

        /** How many dependents the sample leaves out. */
        public int more() {
            return products - sample.size();
        }
    }

    private final IndexedGraph graph;
    private final LabelReach.Result products;
    private final LabelReach.Result domains;
    private final LabelReach.Result teams;
    private final String[] productByRank;
    private final String[] domainNames;
    private final String[] teamNames;

    BlastRadius(StronglyConnectedComponents components, Comparator<String> order, int sampleSize) {
        this.graph = components.graph();
        int n = graph.size();
        productByRank = graph.ids.clone();
        Arrays.sort(productByRank, order);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[graph.number(productByRank[r])] = r;
        }
        products = LabelReach.compute(components, rank, n, sampleSize);
        domainNames = names(graph.graph::domainOf);
        domains = LabelReach.compute(
                components, labels(graph.graph::domainOf, domainNames), domainNames.length, Integer.MAX_VALUE);
        teamNames = names(graph.graph::teamOf);
        teams = LabelReach.compute(
                components, labels(graph.graph::teamOf, teamNames), teamNames.length, Integer.MAX_VALUE);
    }

    /** Blast radii whose samples are the first {@code sampleSize} dependents by id. */
    public static BlastRadius of(MeshGraph graph, int sampleSize) {
        IndexedGraph indexed = IndexedGraph.of(graph);
        return new BlastRadius(new StronglyConnectedComponents(indexed), Comparator.naturalOrder(), sampleSize);
    }

    /** The blast radius of a product; empty for an unknown one. */
    public Radius of(String product) {
        int v = graph.number(product);
        if (v < 0) {
            return new Radius(0, List.of(), List.of(), List.of());
        }
        return new Radius(
                products.counts()[v],
                pick(products.first()[v], productByRank),
                pick(domains.first()[v], domainNames),
                pick(teams.first()[v], teamNames));
    }

    private String[] names(Function<String, String> labelOf) {
        TreeSet<String> names = new TreeSet<>();
        for (String id : graph.ids) {
            String label = labelOf.apply(id);
            if (label != null) {
                names.add(label);
            }
        }
        return names.toArray(String[]::new);
    }

    private int[] labels(Function<String, String> labelOf, String[] names) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            number.put(names[i], i);
        }
        int[] labels = new int[graph.size()];
        for (int v = 0; v < labels.length; v++) {
            String label = labelOf.apply(graph.ids[v]);
            labels[v] = label == null ? -1 : number.get(label);
        }
        return labels;
    }

    private static List<String> pick(int[] labels, String[] names) {
        List<String> picked = new ArrayList<>(labels.length);
        for (int label : labels) {
            picked.add(names[label]);
        }
        return List.copyOf(picked);
    }
}
