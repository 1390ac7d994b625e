package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.graph;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.analysis.DependencyCycles.Cycle;
import io.github.meshplugin.model.DataProduct;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    @Test
    void everyElementaryCycleIsReportedWithTheContractsReadOnEachStep() {
        // a reads b twice (two contracts) and c; b and c both read a; d reads itself; e is outside every cycle.
        DependencyCycles.Result result = DependencyCycles.of(graph(
                        product("x.a", "x.b.out", "x.b.more", "x.c.out"),
                        product("x.b", "x.a.out"),
                        product("x.c", "x.a.out", "x.b.out"),
                        product("y.d", "y.d.out"),
                        product("y.e", "x.a.out")))
                .find();

        assertThat(result.complete()).isTrue();
        assertThat(result.cycles())
                .containsExactly(
                        new Cycle(
                                List.of("x.a", "x.b", "x.a"),
                                List.of(List.of("x.b.more", "x.b.out"), List.of("x.a.out"))),
                        new Cycle(List.of("x.a", "x.c", "x.a"), List.of(List.of("x.c.out"), List.of("x.a.out"))),
                        new Cycle(
                                List.of("x.a", "x.c", "x.b", "x.a"),
                                List.of(List.of("x.c.out"), List.of("x.b.out"), List.of("x.a.out"))),
                        new Cycle(List.of("y.d", "y.d"), List.of(List.of("y.d.out"))));
        assertThat(result.cycles().get(0).describe())
                .isEqualTo("x.a -> x.b -> x.a; x.a reads x.b.more and x.b.out from x.b, x.b reads x.a.out from x.a");
        assertThat(result.components())
                .extracting(List::copyOf)
                .containsExactly(List.of("x.a", "x.b", "x.c"), List.of("y.d"));
    }

    @Test
    void theEnumerationStopsAtItsBoundAndSaysSoWhileTheComponentsStillNameEveryProductInACycle() {
        // Five products that all read each other hold 84 elementary cycles.
        List<DataProduct> products = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<String> reads = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                if (j != i) {
                    reads.add("k.p" + j + ".out");
                }
            }
            products.add(product("k.p" + i, reads.toArray(String[]::new)));
        }
        DependencyCycles cycles = DependencyCycles.of(graph(products.toArray(DataProduct[]::new)));

        assertThat(cycles.find().cycles()).hasSize(84);
        assertThat(cycles.find(84, 1_000_000).complete())
                .as("exactly as many cycles as the bound")
                .isTrue();
        assertThat(cycles.find(83, 1_000_000).complete()).isFalse();
        DependencyCycles.Result bounded = cycles.find(10, 1_000_000);
        assertThat(bounded.complete()).isFalse();
        assertThat(bounded.cycles()).hasSize(10);
        assertThat(bounded.components())
                .hasSize(1)
                .first()
                .asInstanceOf(InstanceOfAssertFactories.iterable(String.class))
                .hasSize(5);
        DependencyCycles.Result fewSteps = cycles.find(1_000, 30);
        assertThat(fewSteps.complete()).isFalse();
        assertThat(fewSteps.cycles().size()).isLessThan(84);
    }

    @Test
    void aCycleThroughTwentyThousandProductsIsFoundWithoutOverflowingTheStack() {
        int n = 20_000;
        DataProduct[] ring = new DataProduct[n];
        for (int i = 0; i < n; i++) {
            ring[i] = product(String.format("r.p%05d", i), String.format("r.p%05d.out", (i + 1) % n));
        }
        DependencyCycles.Result result = DependencyCycles.of(graph(ring)).find();

        assertThat(result.complete()).isTrue();
        assertThat(result.cycles()).singleElement().satisfies(cycle -> {
            assertThat(cycle.products())
                    .hasSize(n + 1)
                    .startsWith("r.p00000", "r.p00001")
                    .endsWith("r.p00000");
        });
    }

    @Test
    void aMeshWithoutCyclesHasNone() {
        DependencyCycles.Result result = DependencyCycles.of(graph(product("a.one"), product("a.two", "a.one.out")))
                .find();
        assertThat(result.cycles()).isEmpty();
        assertThat(result.components()).isEmpty();
        assertThat(result.complete()).isTrue();
    }
}
