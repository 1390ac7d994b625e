package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.graph;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MostDependedOnTest {

    @Test
    void rankedByDirectConsumersThenByHowManyPathsRunThroughThem() {
        // raw is read by clean and audit; clean brokers between raw and its three readers.
        MeshGraph graph = graph(
                product("a.raw"),
                product("a.clean", "a.raw.out", "a.raw.more"),
                product("a.audit", "a.raw.out"),
                product("b.one", "a.clean.out"),
                product("b.two", "a.clean.out"),
                product("b.three", "a.clean.out", "b.two.out"));
        MostDependedOn ranking = MostDependedOn.of(graph);

        assertThat(ranking.exact()).isTrue();
        assertThat(ranking.top(10))
                .extracting(MostDependedOn.Rank::product, MostDependedOn.Rank::consumers)
                .containsExactly(Tuple.tuple("a.clean", 3), Tuple.tuple("a.raw", 2), Tuple.tuple("b.two", 1));
        // Shortest paths through clean: one, two, three -> raw. Through two: none (three reads clean directly).
        assertThat(ranking.of("a.clean").betweenness()).isCloseTo(3.0, within(1e-9));
        assertThat(ranking.of("b.two").betweenness()).isZero();
        assertThat(ranking.of("a.raw").betweenness()).isZero();
        assertThat(ranking.top(1)).extracting(MostDependedOn.Rank::product).containsExactly("a.clean");
    }

    @Test
    void betweennessBreaksTiesInConsumers() {
        // hub and leaf are each read by two products; only paths through hub go further.
        MeshGraph graph = graph(
                product("a.base"),
                product("a.hub", "a.base.out"),
                product("a.leaf"),
                product("b.x", "a.hub.out", "a.leaf.out"),
                product("b.y", "a.hub.out", "a.leaf.out"));
        assertThat(MostDependedOn.of(graph).top(2))
                .extracting(MostDependedOn.Rank::product)
                .containsExactly("a.hub", "a.leaf");
    }

    @Test
    void aMeshAboveTheExactLimitIsEstimatedFromASampleAndStillFindsItsBroker() {
        // 6,000 products in layers; every second reader of the first layer goes through one broker product.
        List<DataProduct> products = new ArrayList<>();
        products.add(product("a.broker", "a.source0.out"));
        for (int i = 0; i < 10; i++) {
            products.add(product("a.source" + i));
        }
        for (int i = 0; i < 5_990; i++) {
            products.add(product(
                    String.format("b.reader%04d", i), i % 2 == 0 ? "a.broker.out" : "a.source" + (i % 10) + ".out"));
        }
        MostDependedOn ranking = MostDependedOn.of(graph(products.toArray(DataProduct[]::new)));

        assertThat(ranking.exact()).isFalse();
        assertThat(ranking.top(1)).extracting(MostDependedOn.Rank::product).containsExactly("a.broker");
        assertThat(ranking.of("a.broker").betweenness())
                .isGreaterThan(ranking.of("a.source1").betweenness());
    }
}
