package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.Sketch;

/** The key above a graph picture: what its boxes' colours and outlines and its arrows mean. */
final class GraphLegend {

    private static final double LEGEND_CHAR_WIDTH = 6.6;

    private GraphLegend() {}

    /** Draws the legend and answers how wide it is. */
    static double draw(StringBuilder svg, Sketch.Legend legend, String arrow) {
        svg.append("<g class=\"graph-legend\" aria-hidden=\"true\">");
        double x = 12;
        if (legend != Sketch.Legend.DOMAINS) {
            if (legend == Sketch.Legend.NEIGHBOURHOOD) {
                x = legendBox(svg, x, "graph-node gk-focus", "this product");
            }
            x = legendBox(svg, x, "graph-node gk-product gs-active", "active");
            x = legendBox(svg, x, "graph-node gk-product gs-draft", "draft, proposed");
            x = legendBox(svg, x, "graph-node gk-product gs-deprecated", "deprecated");
            x = legendBox(svg, x, "graph-node gk-product gs-retired", "retired");
            if (legend == Sketch.Legend.DOMAIN) {
                x = legendBox(svg, x, "graph-node gk-domain", "other domain");
            }
            x = legendBox(svg, x, "graph-node gk-more", "more: see lists");
        } else {
            x = legendBox(svg, x, "graph-node gk-domain", "domain");
        }
        String flow = legend != Sketch.Legend.DOMAINS
                ? "data flows from producer to consumer"
                : "data flows between domains; thicker = more dependencies";
        svg.append("<path class=\"graph-edge\" d=\"M")
                .append(GraphSvg.num(x))
                .append(",15L")
                .append(GraphSvg.num(x + 28))
                .append(",15\" marker-end=\"url(#")
                .append(arrow)
                .append(")\"/>");
        double end = caption(svg, x + 34, flow);
        svg.append("</g>\n");
        return end + 12;
    }

    private static double legendBox(StringBuilder svg, double x, String classes, String text) {
        svg.append("<g class=\"")
                .append(classes)
                .append("\"><rect x=\"")
                .append(GraphSvg.num(x))
                .append("\" y=\"7\" width=\"22\" height=\"16\" rx=\"")
                .append(classes.contains("gk-product") ? "3" : "8")
                .append("\"/></g>");
        return caption(svg, x + 28, text) + 16;
    }

    /** Writes one caption of the legend at {@code x} and answers where it ends. */
    private static double caption(StringBuilder svg, double x, String text) {
        svg.append("<text class=\"graph-legend-text\" x=\"")
                .append(GraphSvg.num(x))
                .append("\" y=\"19\">")
                .append(text)
                .append("</text>");
        return x + GraphSvg.textWidth(text, LEGEND_CHAR_WIDTH);
    }
}
