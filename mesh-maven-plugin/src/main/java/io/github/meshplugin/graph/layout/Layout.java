package io.github.meshplugin.graph.layout;

import java.util.List;

/**
 * Where everything goes: boxes for nodes and clusters and a polyline per edge, all in one coordinate system with
 * the origin at the top left and y growing downwards, inside a {@code width} by {@code height} canvas.
 */
public record Layout(double width, double height, List<Box> clusters, List<Box> nodes, List<Route> routes) {

    public Layout {
        clusters = List.copyOf(clusters);
        nodes = List.copyOf(nodes);
        routes = List.copyOf(routes);
    }

    public record Box(String id, double x, double y, double width, double height) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width
                    && other.x < x + width
                    && y < other.y + other.height
                    && other.y < y + height;
        }

        public boolean contains(Box other) {
            return other.x >= x
                    && other.y >= y
                    && other.x + other.width <= x + width
                    && other.y + other.height <= y + height;
        }
    }

    /** An edge's path from its source box's border to its target box's border. */
    public record Route(String from, String to, List<Point> points) {

        public Route {
            points = List.copyOf(points);
        }
    }

    public record Point(double x, double y) {}
}
