package io.github.meshplugin.graph.layout;

import java.util.List;

/**
 * What to lay out: boxes of known sizes, some of them inside labelled clusters (one level deep), and directed
 * edges between boxes. The order of the lists is part of the input: the same lists in the same order always give
 * the same {@link Layout}.
 */
public record Diagram(List<Cluster> clusters, List<Node> nodes, List<Edge> edges) {

    public Diagram {
        clusters = List.copyOf(clusters);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A group of nodes drawn as one frame. {@code headerHeight} is kept free at the top for its label and
     * {@code minWidth} keeps the frame at least as wide as the label.
     */
    public record Cluster(String id, double headerHeight, double minWidth) {}

    /** A box; {@code clusterId} is null for a box outside every cluster. */
    public record Node(String id, String clusterId, double width, double height) {}

    /**
     * An edge between two nodes, or between a node and a cluster as a whole; {@code thickness} is how wide it is
     * drawn, so spacing makes room for it.
     */
    public record Edge(String from, String to, double thickness) {}
}
