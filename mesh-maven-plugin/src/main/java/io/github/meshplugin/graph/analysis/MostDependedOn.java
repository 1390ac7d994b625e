package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The products the mesh leans on most: ranked by how many products read them directly (in-degree, counting each
 * consumer once), then by betweenness centrality (how many shortest dependency paths between other products run
 * through them: the products that broker data between otherwise separate parts of the mesh), then by id.
 *
 * <p>Betweenness is Brandes' algorithm, O(products x edges). It is exact up to {@value #EXACT_LIMIT} products;
 * above that it is estimated from {@value #SAMPLES} source products spread evenly over the id order (the same
 * ones every build, so the result is deterministic) and scaled up, which keeps a mesh of 50,000 products to
 * about a second and ranks the strongly central products the same as the exact figure would.
 *
 * <p>Hand-written rather than JGraphT's {@code BetweennessCentrality}, which is exact only: O(products x edges)
 * with no sampling, against 108 ms for the sampled figure here at 10,000 products and 155 ms at 50,000 ({@code JGraphTBenchmark} in the tests, on the mesh {@code SyntheticMesh} writes, read back, on a shared two-core machine).
 */
public final class MostDependedOn {

    public static final int EXACT_LIMIT = 5_000;
    public static final int SAMPLES = 256;

    /** One product's figures; {@code betweenness} is estimated unless {@link #exact()} says otherwise. */
    public record Rank(String product, int consumers, double betweenness) {}

    private final IndexedGraph graph;
    private final double[] betweenness;
    private final boolean exact;

    MostDependedOn(IndexedGraph graph) {
        this.graph = graph;
        int n = graph.size();
        this.exact = n <= EXACT_LIMIT;
        this.betweenness = brandes(exact ? n : SAMPLES);
    }

    public static MostDependedOn of(MeshGraph graph) {
        return new MostDependedOn(IndexedGraph.of(graph));
    }

    /** Whether betweenness was computed from every product rather than estimated from a sample. */
    public boolean exact() {
        return exact;
    }

    /** The {@code limit} most depended-on products that some other product reads, most depended-on first. */
    public List<Rank> top(int limit) {
        List<Rank> ranks = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            int consumers = consumers(v);
            if (consumers > 0) {
                ranks.add(new Rank(graph.ids[v], consumers, betweenness[v]));
            }
        }
        ranks.sort(Comparator.comparingInt(Rank::consumers)
                .reversed()
                .thenComparing(Comparator.comparingDouble(Rank::betweenness).reversed())
                .thenComparing(Rank::product));
        return List.copyOf(ranks.subList(0, Math.min(limit, ranks.size())));
    }

    public Rank of(String product) {
        int v = graph.number(product);
        return v < 0 ? new Rank(product, 0, 0) : new Rank(product, consumers(v), betweenness[v]);
    }

    private int consumers(int v) {
        int count = 0;
        for (int consumer : graph.consumers[v]) {
            if (consumer != v) {
                count++;
            }
        }
        return count;
    }

    /** Brandes over unweighted directed paths consumer -> producer, from {@code sources} evenly spread sources. */
    private double[] brandes(int sources) {
        int n = graph.size();
        double[] centrality = new double[n];
        if (n == 0) {
            return centrality;
        }
        int[] distance = new int[n];
        // Doubles: the number of shortest paths can outgrow a long in a wide, layered mesh.
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        int count = Math.min(sources, n);
        for (int i = 0; i < count; i++) {
            int s = (int) ((long) i * n / count);
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            paths[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int w : graph.producers[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int j = tail - 1; j >= 0; j--) {
                int w = order[j];
                for (int v : graph.consumers[w]) {
                    if (distance[v] >= 0 && distance[w] == distance[v] + 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
            for (int j = 0; j < tail; j++) {
                int w = order[j];
                distance[w] = -1;
                paths[w] = 0;
                dependency[w] = 0;
            }
        }
        if (count < n) {
            double scale = (double) n / count;
            for (int v = 0; v < n; v++) {
                centrality[v] *= scale;
            }
        }
        return centrality;
    }
}
