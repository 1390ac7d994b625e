package io.github.meshplugin.site.render;

import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import io.github.meshplugin.site.view.Sketch;
import java.util.List;
import java.util.Map;

/**
 * The number of product dependencies a domain map's line stands for, written on the line: its width alone says
 * "more", not how many.
 */
final class EdgeCounts {

    private EdgeCounts() {}

    static void draw(StringBuilder svg, List<Route> routes, Map<String, Sketch.Line> lines) {
        svg.append("<g class=\"graph-edge-counts\" aria-hidden=\"true\">\n");
        for (Route route : routes) {
            Sketch.Line line = lines.get(route.from() + "\u0000" + route.to());
            if (line == null || route.points().size() < 2) {
                continue;
            }
            // The middle of the middle segment: clear of both boxes, on the line whatever its bends.
            int at = (route.points().size() - 1) / 2;
            Point a = route.points().get(at);
            Point b = route.points().get(at + 1);
            svg.append("<text class=\"graph-edge-count\" x=\"")
                    .append(GraphSvg.num((a.x() + b.x()) / 2))
                    .append("\" y=\"")
                    .append(GraphSvg.num((a.y() + b.y()) / 2 + 4))
                    .append("\" text-anchor=\"middle\">")
                    .append(line.weight())
                    .append("</text>\n");
        }
        svg.append("</g>\n");
    }
}
