package io.github.meshplugin.graph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    /** Three domains of products, edges within and across them, and one box outside every cluster. */
    static Diagram threeDomains() {
        List<Diagram.Cluster> clusters = List.of(
                new Diagram.Cluster("sales", 20, 80),
                new Diagram.Cluster("finance", 20, 80),
                new Diagram.Cluster("marketing", 20, 200));
        List<Diagram.Node> nodes = new ArrayList<>();
        for (String domain : List.of("sales", "finance", "marketing")) {
            for (int i = 0; i < 4; i++) {
                nodes.add(new Diagram.Node(domain + "." + i, domain, 150, 36));
            }
        }
        nodes.add(new Diagram.Node("more", null, 120, 36));
        List<Diagram.Edge> edges = new ArrayList<>();
        edges.add(new Diagram.Edge("sales.0", "sales.1", 1));
        edges.add(new Diagram.Edge("sales.1", "finance.0", 1));
        edges.add(new Diagram.Edge("sales.2", "finance.0", 1));
        edges.add(new Diagram.Edge("finance.0", "marketing.0", 1));
        edges.add(new Diagram.Edge("finance.1", "marketing.1", 1));
        edges.add(new Diagram.Edge("sales.3", "marketing.2", 1));
        edges.add(new Diagram.Edge("marketing.2", "marketing.3", 1));
        edges.add(new Diagram.Edge("finance.2", "finance.3", 1));
        edges.add(new Diagram.Edge("marketing.3", "more", 4));
        return new Diagram(clusters, nodes, edges);
    }

    private final Layout layout = new LayeredLayout().layout(threeDomains());

    @Test
    void noTwoNodeBoxesOverlap() {
        List<Box> nodes = layout.nodes();
        assertThat(nodes).hasSize(13);
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(nodes.get(i).overlaps(nodes.get(j)))
                        .as(nodes.get(i) + " and " + nodes.get(j))
                        .isFalse();
            }
        }
    }

    @Test
    void clustersHoldTheirNodesAndDoNotOverlapEachOther() {
        Map<String, Box> clusters = layout.clusters().stream().collect(Collectors.toMap(Box::id, Function.identity()));
        for (Box node : layout.nodes()) {
            String domain =
                    node.id().contains(".") ? node.id().substring(0, node.id().indexOf('.')) : null;
            if (domain != null) {
                assertThat(clusters.get(domain).contains(node))
                        .as(node + " inside " + domain)
                        .isTrue();
            } else {
                clusters.values()
                        .forEach(c -> assertThat(c.overlaps(node))
                                .as(node + " outside " + c)
                                .isFalse());
            }
        }
        assertThat(clusters.get("sales").overlaps(clusters.get("finance"))).isFalse();
        assertThat(clusters.get("finance").overlaps(clusters.get("marketing"))).isFalse();
        assertThat(clusters.get("marketing").width())
                .as("wide enough for its label")
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void everythingLiesOnTheCanvas() {
        for (Box box : concat(layout.nodes(), layout.clusters())) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
        }
    }

    @Test
    void edgesRunFromTheSourceBoxToTheTargetBoxLeftToRight() {
        Map<String, Box> nodes = layout.nodes().stream().collect(Collectors.toMap(Box::id, Function.identity()));
        assertThat(layout.routes()).hasSize(9);
        for (Route route : layout.routes()) {
            Point start = route.points().get(0);
            Point end = route.points().get(route.points().size() - 1);
            assertThat(touches(nodes.get(route.from()), start))
                    .as(route + " starts at its source")
                    .isTrue();
            assertThat(touches(nodes.get(route.to()), end))
                    .as(route + " ends at its target")
                    .isTrue();
            assertThat(nodes.get(route.to()).x())
                    .as("data flows left to right")
                    .isGreaterThan(nodes.get(route.from()).x());
        }
    }

    @Test
    void theSameDiagramGivesTheSameLayout() {
        assertThat(new LayeredLayout().layout(threeDomains())).isEqualTo(layout);
    }

    private static boolean touches(Box box, Point point) {
        double slack = 0.5;
        return point.x() >= box.x() - slack
                && point.x() <= box.x() + box.width() + slack
                && point.y() >= box.y() - slack
                && point.y() <= box.y() + box.height() + slack;
    }

    private static List<Box> concat(List<Box> a, List<Box> b) {
        List<Box> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
