package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hand-made products for graph tests: the domain is the id up to the first dot, each product publishes the
 * contract "{id}.out" (and "{id}.more"), and reads the contract ids it is given.
 */
final class Products {

    private Products() {}

    static DataProduct product(String id, String... reads) {
        return product(id, Status.ACTIVE, "team-" + id.substring(0, id.indexOf('.')), List.of(), Map.of(), reads);
    }

    static DataProduct product(
            String id,
            Status status,
            String team,
            List<String> tags,
            Map<String, String> customProperties,
            String... reads) {
        String domain = id.substring(0, id.indexOf('.'));
        List<InputPort> inputs = Arrays.stream(reads)
                .map(contract -> new InputPort(
                        contract, "1.0.0", contract, Source.file(id).at(7, 5)))
                .toList();
        List<OutputPort> outputs = List.of(
                new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id)),
                new OutputPort("more", null, null, "1.0.0", id + ".more", Source.file(id)));
        return new DataProduct(
                id,
                id,
                domain,
                status,
                "1.0.0",
                "v1.0.0",
                null,
                null,
                null,
                tags,
                team == null ? null : new Owner(team, false),
                inputs,
                outputs,
                List.of(),
                customProperties,
                "domains/" + id,
                null,
                Source.file(id).at(1, 1));
    }

    static Mesh mesh(DataProduct... products) {
        return new Mesh(List.of(), List.of(), List.of(products), List.of());
    }

    static MeshGraph graph(DataProduct... products) {
        return MeshGraph.of(mesh(products));
    }

    /** {@code n} products in {@code domains} domains, each reading about {@code edgesPerProduct} earlier ones. */
    static List<DataProduct> random(
            int n, int domains, int teams, double edgesPerProduct, long seed, boolean allowCycles) {
        Random random = new Random(seed);
        List<DataProduct> products = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> reads = new ArrayList<>();
            int count = (int) Math.round(edgesPerProduct * random.nextDouble() * 2);
            for (int r = 0; r < count && (i > 0 || allowCycles); r++) {
                int producer = allowCycles ? random.nextInt(n) : random.nextInt(Math.max(1, i));
                if (producer != i || allowCycles) {
                    reads.add(id(producer, domains) + ".out");
                }
            }
            products.add(product(
                    id(i, domains),
                    Status.ACTIVE,
                    "team" + (i % teams),
                    List.of(),
                    Map.of(),
                    reads.toArray(String[]::new)));
        }
        return products;
    }

    static String id(int i, int domains) {
        return "d" + (i % domains) + ".p" + String.format("%06d", i);
    }
}
