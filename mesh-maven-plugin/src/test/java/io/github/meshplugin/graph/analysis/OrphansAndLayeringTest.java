package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.mesh;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.policy.Layering;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrphansAndLayeringTest {

    private static DataProduct kind(String id, String kind, String... reads) {
        return product(id, Status.ACTIVE, "t", List.of(), Map.of("alignment", kind), reads);
    }

    @Test
    void activeProductsNobodyReadsAreOrphansUnlessMarkedConsumerFacing() {
        Mesh mesh = mesh(
                product("a.read"),
                product("a.reader", "a.read.out"),
                product("a.dashboard", Status.ACTIVE, "t", List.of("Consumer-Facing"), Map.of(), "a.reader.out"),
                product("a.app", Status.ACTIVE, "t", List.of(), Map.of("consumerFacing", "true"), "a.read.out"),
                product("a.retiring", Status.DEPRECATED, "t", List.of(), Map.of()),
                product("a.self", "a.self.out"));

        assertThat(Orphans.of(mesh, MeshGraph.of(mesh)))
                .extracting(DataProduct::id)
                .containsExactly("a.self");
    }

    @Test
    void aProductMayReadItsOwnKindOrEarlierKindsButNeverALaterOne() {
        Mesh mesh = mesh(
                kind("s.orders", "source-aligned", "c.dashboard.out", "s.customers.out"),
                kind("s.customers", "Source-Aligned"),
                kind("g.sales", "aggregate", "s.orders.out", "c.dashboard.out"),
                kind("c.dashboard", "consumer-aligned", "g.sales.out"),
                product("x.unknown-kind", Status.ACTIVE, "t", List.of(), Map.of("alignment", "gold"), "s.orders.out"),
                product("x.tagged", Status.ACTIVE, "t", List.of("aggregate"), Map.of(), "c.dashboard.out"),
                product("x.no-kind", "c.dashboard.out"));

        LayeringViolations.Result result =
                LayeringViolations.of(mesh, MeshGraph.of(mesh), Layering.DEFAULT::kindOf, Layering.DEFAULT.order());

        assertThat(result.violations())
                .extracting(
                        v -> v.edge().consumer(),
                        v -> v.edge().producer(),
                        LayeringViolations.Violation::consumerKind,
                        LayeringViolations.Violation::producerKind)
                .containsExactly(
                        tuple("g.sales", "c.dashboard", "aggregate", "consumer-aligned"),
                        tuple("s.orders", "c.dashboard", "source-aligned", "consumer-aligned"),
                        tuple("x.tagged", "c.dashboard", "aggregate", "consumer-aligned"));
        assertThat(result.unknownKinds())
                .extracting(u -> u.product().id(), LayeringViolations.UnknownKind::kind)
                .containsExactly(tuple("x.unknown-kind", "gold"));
    }

    @Test
    void aCustomPolicyNamesItsOwnPropertyAndOrder() {
        Layering bronzeSilverGold = new Layering("tier", List.of("bronze", "silver", "gold"));
        Mesh mesh = mesh(
                product("a.raw", Status.ACTIVE, "t", List.of(), Map.of("tier", "bronze"), "a.mart.out"),
                product("a.mart", Status.ACTIVE, "t", List.of(), Map.of("tier", "gold"), "a.raw.out"));

        assertThat(LayeringViolations.of(mesh, MeshGraph.of(mesh), bronzeSilverGold::kindOf, bronzeSilverGold.order())
                        .violations())
                .extracting(v -> v.edge().consumer())
                .containsExactly("a.raw");
        assertThat(LayeringViolations.of(mesh, MeshGraph.of(mesh), Layering.DEFAULT::kindOf, Layering.DEFAULT.order())
                        .violations())
                .isEmpty();
    }
}
