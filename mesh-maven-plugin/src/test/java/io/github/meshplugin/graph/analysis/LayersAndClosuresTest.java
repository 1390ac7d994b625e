package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.graph;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayersAndClosuresTest {

    // raw <- clean <- report <- model, clean <- model; loop.a <-> loop.b read clean; loop.c reads loop.b
    private final MeshGraph graph = graph(
            product("a.raw"),
            product("a.clean", "a.raw.out"),
            product("b.report", "a.clean.out"),
            product("c.model", "a.clean.out", "b.report.out"),
            product("d.loop-a", "d.loop-b.out", "a.clean.out"),
            product("d.loop-b", "d.loop-a.out"),
            product("d.loop-c", "d.loop-b.out"),
            product("e.alone"));

    @Test
    void sourcesAreTheFirstLayerAndEachProductSitsRightOfItsFurthestProducer() {
        TopologicalLayers layers = TopologicalLayers.of(graph);

        assertThat(layers.layers())
                .containsExactly(
                        List.of("a.raw", "e.alone"),
                        List.of("a.clean"),
                        List.of("b.report", "d.loop-a", "d.loop-b"),
                        List.of("c.model", "d.loop-c"));
        assertThat(layers.depth()).isEqualTo(4);
        assertThat(layers.layerOf("c.model")).isEqualTo(3);
        assertThat(layers.layerOf("nobody")).isEqualTo(-1);
    }

    @Test
    void stronglyConnectedComponentsGroupTheProductsOfACycle() {
        StronglyConnectedComponents components = StronglyConnectedComponents.of(graph);

        assertThat(components.cyclic()).extracting(List::copyOf).containsExactly(List.of("d.loop-a", "d.loop-b"));
        assertThat(components.inCycle("d.loop-a")).isTrue();
        assertThat(components.inCycle("d.loop-c")).isFalse();
        assertThat(components.count()).isEqualTo(7);
    }

    @Test
    void upstreamAndDownstreamAreTransitiveSortedAndNeverHoldTheProductItself() {
        Closures closures = Closures.of(graph);

        assertThat(closures.upstream("c.model")).containsExactly("a.clean", "a.raw", "b.report");
        assertThat(closures.downstream("a.clean"))
                .containsExactly("b.report", "c.model", "d.loop-a", "d.loop-b", "d.loop-c");
        assertThat(closures.downstream("d.loop-a")).containsExactly("d.loop-b", "d.loop-c");
        assertThat(closures.upstream("d.loop-b")).containsExactly("a.clean", "a.raw", "d.loop-a");
        assertThat(closures.downstream("e.alone")).isEmpty();
        assertThat(closures.upstream("unknown")).isEmpty();
    }

    @Test
    void closuresAskedFromManyThreadsAtOnceAreTheSameAsAskedOneByOne() {
        // A chain of layers, each product reading three of the layer before: walks long enough to overlap.
        List<DataProduct> products = new ArrayList<>();
        for (int layer = 0; layer < 40; layer++) {
            for (int i = 0; i < 25; i++) {
                List<String> reads = new ArrayList<>();
                for (int k = 0; layer > 0 && k < 3; k++) {
                    reads.add("l" + (layer - 1) + ".p" + ((i + k * 7) % 25) + ".out");
                }
                products.add(product("l" + layer + ".p" + i, reads.toArray(String[]::new)));
            }
        }
        MeshGraph big = graph(products.toArray(DataProduct[]::new));
        List<String> ids = big.products().stream().sorted().toList();
        Closures oneByOne = Closures.of(big);
        List<List<String>> expected =
                ids.stream().map(id -> oneByOne.upstream(id)).toList();

        Closures shared = Closures.of(big);
        List<List<String>> inParallel =
                ids.parallelStream().map(id -> shared.upstream(id)).toList();

        assertThat(inParallel).isEqualTo(expected);
    }
}
