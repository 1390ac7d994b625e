package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.graph;
import static io.github.meshplugin.graph.analysis.Products.mesh;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BlastRadiusTest {

    @Test
    void countsTheDependentsAndTheDistinctDomainsAndTeamsTheyBelongTo() {
        MeshGraph graph = graph(
                product("sales.orders"),
                product("sales.returns", "sales.orders.out"),
                product("finance.revenue", "sales.orders.out", "sales.returns.out"),
                product("marketing.basket", Status.ACTIVE, "growth", List.of(), Map.of(), "finance.revenue.out"),
                product("marketing.churn", Status.ACTIVE, null, List.of(), Map.of(), "marketing.basket.out"));
        BlastRadius radius = BlastRadius.of(graph, 100);

        BlastRadius.Radius orders = radius.of("sales.orders");
        assertThat(orders.products()).isEqualTo(4);
        assertThat(orders.sample())
                .containsExactly("finance.revenue", "marketing.basket", "marketing.churn", "sales.returns");
        assertThat(orders.domains()).containsExactly("finance", "marketing", "sales");
        // marketing.churn has no owner: it counts as a dependent but adds no team.
        assertThat(orders.teams()).containsExactly("growth", "team-finance", "team-sales");
        assertThat(radius.of("marketing.churn").products()).isZero();
        assertThat(radius.of("marketing.churn").domains()).isEmpty();
        assertThat(radius.of("unknown").products()).isZero();
    }

    @Test
    void theSampleFollowsTheRequestedOrderAndTheRestIsCounted() {
        Mesh mesh = mesh(
                product("a.source"),
                product("b.zeta", "a.source.out"),
                product("c.alpha", "a.source.out"),
                product("d.mid", "a.source.out"));
        BlastRadius.Radius byIdDescending = GraphAnalysis.of(mesh, MeshGraph.of(mesh))
                .blastRadius(Comparator.<String>naturalOrder().reversed(), 2)
                .of("a.source");

        assertThat(byIdDescending.products()).isEqualTo(3);
        assertThat(byIdDescending.sample()).containsExactly("d.mid", "c.alpha");
        assertThat(byIdDescending.more()).isEqualTo(1);
    }

    @Test
    void productsOfACycleAreInEachOthersRadiusButNotTheirOwn() {
        MeshGraph graph = graph(
                product("a.one", "b.two.out"),
                product("b.two", "a.one.out"),
                product("a.three", "b.two.out"),
                product("c.self", "c.self.out"));
        BlastRadius radius = BlastRadius.of(graph, 10);

        assertThat(radius.of("a.one").sample()).containsExactly("a.three", "b.two");
        assertThat(radius.of("a.one").domains()).containsExactly("a", "b");
        assertThat(radius.of("b.two").sample()).containsExactly("a.one", "a.three");
        assertThat(radius.of("b.two").domains()).containsExactly("a");
        assertThat(radius.of("c.self").products()).isZero();
    }

    @Test
    void agreesWithAWalkFromEveryProductOnRandomMeshesWithCyclesAcrossSeveralBlocksOfLabels() {
        // 9,000 products span three blocks of product labels, so the blocked bitsets are exercised.
        List<DataProduct> products = Products.random(9_000, 7, 40, 1.3, 42, true);
        Mesh mesh = new Mesh(List.of(), List.of(), products, List.of());
        MeshGraph graph = MeshGraph.of(mesh);
        BlastRadius radius = BlastRadius.of(graph, 5);
        Closures closures = Closures.of(graph);

        for (int i = 0; i < products.size(); i += 37) {
            String id = products.get(i).id();
            List<String> expected = closures.downstream(id);
            BlastRadius.Radius actual = radius.of(id);
            assertThat(actual.products()).as(id).isEqualTo(expected.size());
            assertThat(actual.sample()).as(id).isEqualTo(expected.subList(0, Math.min(5, expected.size())));
            assertThat(actual.domains())
                    .as(id)
                    .isEqualTo(List.copyOf(
                            new TreeSet<>(expected.stream().map(graph::domainOf).toList())));
            assertThat(actual.teams())
                    .as(id)
                    .isEqualTo(List.copyOf(
                            new TreeSet<>(expected.stream().map(graph::teamOf).toList())));
        }
    }
}
