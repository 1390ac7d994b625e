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

class NeighbourhoodLayoutTest {

    /**
     * A product with two hops each way over three domains: producers that also feed each other, a producer read
     * two hops downstream too (an edge that skips the product's column), and a "+N more" box outside every frame.
     */
    static Diagram busyNeighbourhood() {
        List<Diagram.Cluster> clusters = List.of(
                new Diagram.Cluster("sales", 18, 80),
                new Diagram.Cluster("finance", 18, 80),
                new Diagram.Cluster("marketing", 18, 260));
        List<Diagram.Node> nodes = new ArrayList<>();
        nodes.add(new Diagram.Node("focus", "finance", 160, 38));
        nodes.add(new Diagram.Node("up1", "sales", 140, 38));
        nodes.add(new Diagram.Node("up2", "sales", 140, 38));
        nodes.add(new Diagram.Node("up3", "finance", 120, 38));
        nodes.add(new Diagram.Node("far-up", "marketing", 150, 38));
        for (int i = 0; i < 6; i++) {
            nodes.add(new Diagram.Node("down" + i, i % 2 == 0 ? "finance" : "marketing", 130, 38));
        }
        nodes.add(new Diagram.Node("far-down", "sales", 130, 38));
        nodes.add(new Diagram.Node("more", null, 96, 38));
        List<Diagram.Edge> edges = new ArrayList<>();
        edges.add(new Diagram.Edge("far-up", "up1", 1));
        edges.add(new Diagram.Edge("up1", "up2", 1));
        edges.add(new Diagram.Edge("up1", "focus", 1));
        edges.add(new Diagram.Edge("up2", "focus", 1));
        edges.add(new Diagram.Edge("up3", "focus", 1));
        for (int i = 0; i < 6; i++) {
            edges.add(new Diagram.Edge("focus", "down" + i, 1));
        }
        edges.add(new Diagram.Edge("down1", "far-down", 1));
        edges.add(new Diagram.Edge("far-up", "down4", 1));
        edges.add(new Diagram.Edge("up3", "far-down", 1));
        edges.add(new Diagram.Edge("focus", "more", 1));
        return new Diagram(clusters, nodes, edges);
    }

    private final Layout layout = new NeighbourhoodLayout().layout(busyNeighbourhood(), "focus");
    private final Map<String, Box> nodes =
            layout.nodes().stream().collect(Collectors.toMap(Box::id, Function.identity()));

    @Test
    void upstreamIsLeftOfTheProductAndDownstreamRightOfIt() {
        double focus = nodes.get("focus").x();
        for (String up : List.of("up1", "up2", "up3", "far-up")) {
            assertThat(nodes.get(up).x()).as(up).isLessThan(focus);
        }
        for (String down : List.of("down0", "down1", "down5", "far-down", "more")) {
            assertThat(nodes.get(down).x()).as(down).isGreaterThan(focus);
        }
        assertThat(nodes.get("far-up").x()).isLessThan(nodes.get("up2").x());
        assertThat(nodes.get("far-down").x()).isGreaterThan(nodes.get("down1").x());
    }

    @Test
    void noTwoBoxesOverlapAndFramesHoldTheirBoxesWithoutOverlappingEachOther() {
        List<Box> boxes = layout.nodes();
        assertThat(boxes).hasSize(busyNeighbourhood().nodes().size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as(boxes.get(i) + " and " + boxes.get(j))
                        .isFalse();
            }
        }
        Map<String, Box> frames = layout.clusters().stream().collect(Collectors.toMap(Box::id, Function.identity()));
        for (Diagram.Node node : busyNeighbourhood().nodes()) {
            Box box = nodes.get(node.id());
            if (node.clusterId() != null) {
                assertThat(frames.get(node.clusterId()).contains(box))
                        .as(node.id() + " inside " + node.clusterId())
                        .isTrue();
            }
            frames.forEach((id, frame) -> {
                if (!id.equals(node.clusterId())) {
                    assertThat(frame.overlaps(box))
                            .as(node.id() + " outside " + id)
                            .isFalse();
                }
            });
        }
        List<Box> frameList = layout.clusters();
        for (int i = 0; i < frameList.size(); i++) {
            for (int j = i + 1; j < frameList.size(); j++) {
                assertThat(frameList.get(i).overlaps(frameList.get(j))).isFalse();
            }
        }
        assertThat(frames.get("marketing").width())
                .as("wide enough for its label")
                .isGreaterThanOrEqualTo(260);
    }

    @Test
    void everyEdgeRunsRightFromItsSourceToItsTargetWithoutCrossingABox() {
        assertThat(layout.routes()).hasSize(busyNeighbourhood().edges().size());
        for (Route route : layout.routes()) {
            List<Point> points = route.points();
            Box from = nodes.get(route.from());
            Box to = nodes.get(route.to());
            assertThat(points.get(0).x())
                    .as(route + " leaves its source's right side")
                    .isEqualTo(from.x() + from.width());
            assertThat(points.get(points.size() - 1).x())
                    .as(route + " enters its target's left side")
                    .isEqualTo(to.x());
            for (int i = 0; i + 1 < points.size(); i++) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                assertThat(a.x() == b.x() || a.y() == b.y())
                        .as(route + " is orthogonal")
                        .isTrue();
                assertThat(b.x()).as(route + " never turns back").isGreaterThanOrEqualTo(a.x());
                Box segment = new Box(
                        "segment",
                        Math.min(a.x(), b.x()),
                        Math.min(a.y(), b.y()),
                        Math.abs(a.x() - b.x()),
                        Math.abs(a.y() - b.y()));
                for (Box box : layout.nodes()) {
                    if (!box.id().equals(route.from()) && !box.id().equals(route.to())) {
                        assertThat(crosses(segment, box))
                                .as(route + " through " + box.id())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everythingLiesOnTheCanvasAndTheSameDiagramGivesTheSameLayout() {
        List<Box> all = new ArrayList<>(layout.nodes());
        all.addAll(layout.clusters());
        for (Box box : all) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
        }
        assertThat(new NeighbourhoodLayout().layout(busyNeighbourhood(), "focus"))
                .isEqualTo(layout);
    }

    @Test
    void aCycleInTheMeshStillGivesALayout() {
        Diagram cycle = new Diagram(
                List.of(),
                List.of(
                        new Diagram.Node("a", null, 100, 38),
                        new Diagram.Node("b", null, 100, 38),
                        new Diagram.Node("c", null, 100, 38)),
                List.of(new Diagram.Edge("a", "b", 1), new Diagram.Edge("b", "c", 1), new Diagram.Edge("c", "a", 1)));

        Layout drawn = new NeighbourhoodLayout().layout(cycle, "b");

        assertThat(drawn.nodes()).hasSize(3);
        assertThat(drawn.routes())
                .hasSize(3)
                .allSatisfy(route -> assertThat(route.points()).hasSizeGreaterThan(1));
    }

    /** Whether a segment passes through the inside of a box (touching its border is fine). */
    private static boolean crosses(Box segment, Box box) {
        double inset = 0.5;
        return segment.x() < box.x() + box.width() - inset
                && box.x() + inset < segment.x() + segment.width()
                && segment.y() < box.y() + box.height() - inset
                && box.y() + inset < segment.y() + segment.height();
    }
}
