package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.export.GraphFiles;
import io.github.meshplugin.graph.export.GraphFormat;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.policy.Layering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Prints how long each graph analysis takes on synthetic meshes built in memory: products in 100 domains owned
 * by 1,000 teams, each reading about 2.5 earlier products (so early products have huge blast radii), with a
 * three-product cycle every 1,000 products, and a layer kind (custom property {@code alignment}) for each. Run by {@code scripts/graph-benchmark.sh}.
 */
public final class GraphAnalysisBenchmark {

    private static final String[] KINDS = {"source-aligned", "aggregate", "consumer-aligned"};

    private GraphAnalysisBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"10000", "50000"} : args) {
            sizes.add(Integer.parseInt(arg));
        }
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int n) throws Exception {
        Random random = new Random(n);
        List<DataProduct> products = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> reads = new ArrayList<>();
            int count = i == 0 ? 0 : random.nextInt(6);
            for (int r = 0; r < count; r++) {
                reads.add(id(random.nextInt(i)) + ".out");
            }
            if (i % 1000 == 2) {
                reads.add(id(i - 2) + ".out");
                reads.add(id(i - 1) + ".more");
            }
            products.add(product(i, reads));
        }
        // Close each triangle: i-2 reads i (and i-1 already reads i-2 through the loop above or not: add it).
        for (int i = 2; i < n; i += 1000) {
            List<String> reads = new ArrayList<>(products.get(i - 2).inputPorts().stream()
                    .map(InputPort::contractId)
                    .toList());
            reads.add(id(i) + ".out");
            products.set(i - 2, product(i - 2, reads));
            List<String> middle = new ArrayList<>(products.get(i - 1).inputPorts().stream()
                    .map(InputPort::contractId)
                    .toList());
            middle.add(id(i - 2) + ".more");
            products.set(i - 1, product(i - 1, middle));
        }
        long start = System.nanoTime();
        Mesh mesh = new Mesh(List.of(), List.of(), products, List.of());
        MeshGraph graph = MeshGraph.of(mesh);
        System.out.printf(
                "%n%,d products, %,d dependencies, %d domains, %d teams (model and graph built in %,d ms)%n",
                n, graph.edges().size(), 100, 1000, (System.nanoTime() - start) / 1_000_000);

        GraphAnalysis analysis = time("index of the graph", () -> GraphAnalysis.of(mesh, graph), a -> "");
        time(
                "strongly connected components",
                analysis::components,
                c -> c.count() + " components, " + c.cyclic().size() + " with a cycle");
        time(
                "elementary cycles (bounded)",
                analysis::cycles,
                r -> r.cycles().size() + " cycles, complete: " + r.complete());
        time("topological layers", analysis::layers, l -> l.depth() + " layers");
        time(
                "closures of 1,000 products (walk each)",
                () -> {
                    long total = 0;
                    for (int i = 0; i < n; i += Math.max(1, n / 1000)) {
                        total += analysis.closures().upstream(id(i)).size()
                                + analysis.closures().downstream(id(i)).size();
                    }
                    return total;
                },
                total -> String.format("%,d products reached", total));
        BlastRadius radius = time(
                "blast radius of every product", () -> analysis.blastRadius(Comparator.naturalOrder(), 50), r -> "");
        System.out.printf(
                "    first product: %,d dependents in %d domains, %d teams%n",
                radius.of(id(0)).products(),
                radius.of(id(0)).domains().size(),
                radius.of(id(0)).teams().size());
        time(
                "most depended-on (in-degree, betweenness)",
                analysis::mostDependedOn,
                m -> (m.exact() ? "exact" : "sampled " + MostDependedOn.SAMPLES + " sources") + ", top: "
                        + m.top(1).get(0).product());
        time(
                "domain coupling",
                analysis::coupling,
                c -> String.format("%.0f%% of edges cross domains", 100 * c.crossDomainShare()));
        time("orphans", () -> Orphans.of(mesh, graph), o -> o.size() + " orphans");
        time(
                "layering policy",
                () -> LayeringViolations.of(mesh, graph, Layering.DEFAULT::kindOf, Layering.DEFAULT.order()),
                r -> String.format("%,d violations", r.violations().size()));
        GraphFiles files = new GraphFiles(mesh, graph);
        for (GraphFormat format : GraphFormat.values()) {
            time(
                    "mesh:graph " + format.word() + " (products and domains)",
                    () -> files.products(format).length()
                            + files.domains(format).length(),
                    chars -> String.format("%,d characters", chars));
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T time(String label, Step<T> step, Function<T, String> figure) throws Exception {
        long start = System.nanoTime();
        T result = step.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String said = figure.apply(result);
        System.out.printf("  %-45s %,7d ms%s%n", label, millis, said.isEmpty() ? "" : "   " + said);
        return result;
    }

    private static String id(int i) {
        return "d" + (i % 100) + ".p" + String.format("%06d", i);
    }

    private static DataProduct product(int i, List<String> reads) {
        String id = id(i);
        return new DataProduct(
                id,
                "Product " + i,
                "d" + (i % 100),
                Status.ACTIVE,
                "1.0.0",
                "v1.0.0",
                null,
                null,
                null,
                List.of(),
                new Owner("team" + (i % 1000), false),
                reads.stream()
                        .map(c -> new InputPort(c, "1.0.0", c, Source.file(id)))
                        .toList(),
                List.of(
                        new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id)),
                        new OutputPort("more", null, null, "1.0.0", id + ".more", Source.file(id))),
                List.of(),
                Map.of("alignment", KINDS[i % 10 < 2 ? 0 : i % 10 < 7 ? 1 : 2]),
                "domains/" + id,
                null,
                Source.file(id));
    }
}
