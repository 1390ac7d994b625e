package io.github.meshplugin.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.analysis.Closures;
import io.github.meshplugin.graph.analysis.DependencyCycles;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dependency graph on small hand-made meshes whose answers are known. */
class MeshGraphTest {

    /** {@code reads} are contract ids; each product publishes the contract "{id}.out". */
    private static DataProduct product(String id, String... reads) {
        String domain = id.substring(0, id.indexOf('.'));
        List<InputPort> inputs = Arrays.stream(reads)
                .map(contract -> new InputPort(contract, "1.0.0", contract, Source.file(id)))
                .toList();
        return new DataProduct(
                id,
                id,
                domain,
                Status.ACTIVE,
                "1.0.0",
                "v1.0.0",
                null,
                null,
                null,
                List.of(),
                new Owner("team", false),
                inputs,
                List.of(new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id))),
                List.of(),
                Map.of(),
                "domains/" + id,
                null,
                Source.file(id));
    }

    private static MeshGraph graph(DataProduct... products) {
        return MeshGraph.of(new Mesh(List.of(), List.of(), List.of(products), List.of()));
    }

    @Test
    void edgesRunFromConsumerToProducerThroughContractIdsAndUnpublishedContractsAddNone() {
        MeshGraph graph = graph(product("a.source"), product("b.mart", "a.source.out", "nobody.out"));

        assertThat(graph.edges()).containsExactly(new DependencyEdge("b.mart", "a.source", "a.source.out"));
        assertThat(graph.consumersOf("a.source"))
                .extracting(DependencyEdge::consumer)
                .containsExactly("b.mart");
        assertThat(graph.inputsOf("b.mart"))
                .extracting(DependencyEdge::producer)
                .containsExactly("a.source");
    }

    @Test
    void upstreamAndDownstreamAreTransitiveAndNeverContainTheProductItself() {
        MeshGraph graph = graph(
                product("a.raw"),
                product("a.clean", "a.raw.out"),
                product("b.report", "a.clean.out"),
                product("c.model", "a.clean.out", "b.report.out"),
                product("d.other"));

        Closures closures = Closures.of(graph);
        assertThat(closures.upstream("c.model")).containsExactly("a.clean", "a.raw", "b.report");
        assertThat(closures.downstream("a.raw")).containsExactly("a.clean", "b.report", "c.model");
        assertThat(closures.downstream("c.model")).isEmpty();
        assertThat(closures.upstream("d.other")).isEmpty();
        assertThat(DependencyCycles.of(graph).find().cycles()).isEmpty();
    }

    @Test
    void eachGroupOfMutuallyDependentProductsGivesOneCyclePathFromItsSmallestId() {
        MeshGraph graph = graph(
                product("a.one", "a.three.out"),
                product("a.two", "a.one.out"),
                product("a.three", "a.two.out"),
                product("b.self", "b.self.out"),
                product("c.free", "a.one.out"));

        assertThat(DependencyCycles.of(graph).find().cycles())
                .extracting(DependencyCycles.Cycle::products)
                .containsExactly(List.of("a.one", "a.three", "a.two", "a.one"), List.of("b.self", "b.self"));
    }

    @Test
    void theDomainGraphCountsCrossDomainEdgesAndLeavesInnerEdgesOut() {
        MeshGraph graph = graph(
                product("sales.orders"),
                product("sales.returns", "sales.orders.out"),
                product("finance.revenue", "sales.orders.out", "sales.returns.out"),
                product("marketing.basket", "sales.orders.out", "finance.revenue.out"));

        assertThat(graph.domainLinks())
                .containsExactly(
                        new DomainLink("finance", "sales", 2),
                        new DomainLink("marketing", "finance", 1),
                        new DomainLink("marketing", "sales", 1));
        assertThat(graph.crossDomainEdgeCount()).isEqualTo(4);
        assertThat(graph.domainGraph().vertexSet()).containsExactlyInAnyOrder("sales", "finance", "marketing");
        assertThat(graph.domainGraph().getEdge("finance", "sales").edges()).isEqualTo(2);
    }
}
