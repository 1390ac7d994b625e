package io.github.meshplugin.graph.analysis;

import static io.github.meshplugin.graph.analysis.Products.graph;
import static io.github.meshplugin.graph.analysis.Products.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DomainCouplingTest {

    @Test
    void theMatrixCountsEdgesPerConsumingAndProducingDomainAndTheCrossDomainShare() {
        DomainCoupling coupling = DomainCoupling.of(graph(
                product("sales.orders"),
                product("sales.returns", "sales.orders.out"),
                product("finance.revenue", "sales.orders.out", "sales.orders.more", "sales.returns.out"),
                product("marketing.basket", "sales.orders.out", "finance.revenue.out")));

        assertThat(coupling.domains()).containsExactly("finance", "marketing", "sales");
        assertThat(coupling.matrix()).isEqualTo(new int[][] {{0, 0, 3}, {1, 0, 1}, {0, 0, 1}});
        assertThat(coupling.edges("finance", "sales")).isEqualTo(3);
        assertThat(coupling.edges("sales", "sales")).isEqualTo(1);
        assertThat(coupling.edges("sales", "nowhere")).isZero();
        assertThat(coupling.totalEdges()).isEqualTo(6);
        assertThat(coupling.crossDomainEdges()).isEqualTo(5);
        assertThat(coupling.crossDomainShare()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void aMeshWithoutEdgesHasNoCoupling() {
        DomainCoupling coupling = DomainCoupling.of(graph(product("a.one"), product("b.two")));
        assertThat(coupling.crossDomainShare()).isZero();
        assertThat(coupling.matrix()).isEqualTo(new int[][] {{0, 0}, {0, 0}});
    }
}
