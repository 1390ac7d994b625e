package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Each graph analysis against JGraphT's algorithm for the same question, on a mesh written by {@link SyntheticMesh}
 * and read back: the figures in the analyses' javadoc come from here. Prints the best of three runs of each.
 * Usage: {@code scripts/jgrapht-benchmark.sh [products ...]}
 * (default 10000 50000). JGraphT's exact betweenness and its condensation are run only up to 10,000 products,
 * once: they are already far over budget there.
 */
public final class JGraphTBenchmark {

    private JGraphTBenchmark() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args.length == 0 ? new String[] {"10000", "50000"} : args) {
            run(Integer.parseInt(arg));
        }
    }

    private static void run(int n) throws Exception {
        Path folder = Files.createTempDirectory("jgrapht-benchmark");
        SyntheticMesh.write(n, folder, SyntheticMesh.DEFAULT_SEED);
        Mesh mesh = new MeshReader(ReadOptions.defaults()).read(folder).mesh();
        MeshGraph graph = MeshGraph.of(mesh);
        Graph<String, DependencyEdge> jgrapht = graph.graph();
        System.out.printf(
                "%n%,d products, %,d dependencies%n",
                graph.products().size(), graph.edges().size());

        time("index (int arrays) of the graph", () -> IndexedGraph.of(graph));
        IndexedGraph indexed = IndexedGraph.of(graph);
        time("SCC: hand-written Tarjan on int arrays", () -> new StronglyConnectedComponents(indexed).count());
        time(
                "SCC: JGraphT Kosaraju",
                () -> new KosarajuStrongConnectivityInspector<>(jgrapht)
                        .stronglyConnectedSets()
                        .size());
        time(
                "SCC: JGraphT Gabow",
                () -> new GabowStrongConnectivityInspector<>(jgrapht)
                        .stronglyConnectedSets()
                        .size());

        StronglyConnectedComponents components = new StronglyConnectedComponents(indexed);
        time(
                "cycles: hand-written bounded Johnson",
                () -> new DependencyCycles(indexed, components).find().cycles().size());
        time("cycles: JGraphT Johnson (stops at 100)", () -> {
            List<List<String>> found = new ArrayList<>();
            try {
                new JohnsonSimpleCycles<>(jgrapht).findSimpleCycles(cycle -> {
                    found.add(cycle);
                    if (found.size() > DependencyCycles.DEFAULT_MAX_CYCLES) {
                        throw new Enough();
                    }
                });
            } catch (Enough enough) {
                // bounded like ours, by count only: JGraphT has no bound on the work.
            }
            return found.size();
        });

        time("layers: hand-written over the components", () -> new TopologicalLayers(components).depth());
        if (n <= 10_000) {
            once("layers: JGraphT condensation + TopologicalOrderIterator", () -> jgraphtLayers(jgrapht));
        }

        List<String> ids = new ArrayList<>(graph.products());
        Closures closures = new Closures(indexed);
        time("closures of 1,000 products: hand-written BFS on int arrays", () -> {
            long total = 0;
            for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 1000)) {
                total += closures.upstream(ids.get(i)).size()
                        + closures.downstream(ids.get(i)).size();
            }
            return total;
        });
        Graph<String, DependencyEdge> reversed = new EdgeReversedGraph<>(jgrapht);
        time("closures of 1,000 products: JGraphT BreadthFirstIterator", () -> {
            long total = 0;
            for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 1000)) {
                total += count(new BreadthFirstIterator<>(jgrapht, ids.get(i)))
                        + count(new BreadthFirstIterator<>(reversed, ids.get(i)));
            }
            return total;
        });

        time(
                "blast radius of every product: hand-written label reach",
                () -> new BlastRadius(components, String::compareTo, 50)
                        .of(ids.get(0))
                        .products());
        time("blast radius of 1,000 products: JGraphT BreadthFirstIterator (x products/1,000 for all)", () -> {
            long total = 0;
            for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 1000)) {
                total += count(new BreadthFirstIterator<>(reversed, ids.get(i)));
            }
            return total;
        });

        time(
                "betweenness: hand-written Brandes, " + MostDependedOn.SAMPLES + " sampled sources",
                () -> new MostDependedOn(indexed).top(1).size());
        if (n <= 10_000) {
            time(
                    "betweenness: JGraphT BetweennessCentrality (exact)",
                    () -> new BetweennessCentrality<>(jgrapht).getScores().size());
        }
    }

    private static int jgraphtLayers(Graph<String, DependencyEdge> jgrapht) {
        KosarajuStrongConnectivityInspector<String, DependencyEdge> inspector =
                new KosarajuStrongConnectivityInspector<>(jgrapht);
        Graph<Graph<String, DependencyEdge>, DefaultEdge> condensation = inspector.getCondensation();
        Map<Graph<String, DependencyEdge>, Integer> layer = new HashMap<>();
        List<Graph<String, DependencyEdge>> order = new ArrayList<>();
        new TopologicalOrderIterator<>(new EdgeReversedGraph<>(condensation)).forEachRemaining(order::add);
        int depth = 0;
        for (Graph<String, DependencyEdge> component : order) {
            int own = 0;
            for (DefaultEdge edge : condensation.outgoingEdgesOf(component)) {
                own = Math.max(own, layer.get(condensation.getEdgeTarget(edge)) + 1);
            }
            layer.put(component, own);
            depth = Math.max(depth, own + 1);
        }
        return depth;
    }

    private static long count(BreadthFirstIterator<String, DependencyEdge> walk) {
        long reached = -1;
        while (walk.hasNext()) {
            walk.next();
            reached++;
        }
        return reached;
    }

    private static void time(String step, Callable<Object> work) throws Exception {
        measure(step, work, 3);
    }

    /** For steps too slow to repeat. */
    private static void once(String step, Callable<Object> work) throws Exception {
        measure(step, work, 1);
    }

    private static void measure(String step, Callable<Object> work, int runs) throws Exception {
        long best = Long.MAX_VALUE;
        Object result = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            result = work.call();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("  %-90s %,9d ms  (%s)%n", step, best / 1_000_000, result);
    }

    /** Stops JGraphT's cycle enumeration once the bound is passed. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }
}
