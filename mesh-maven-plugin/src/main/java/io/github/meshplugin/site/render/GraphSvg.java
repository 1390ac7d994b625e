package io.github.meshplugin.site.render;

import io.github.meshplugin.graph.layout.Diagram;
import io.github.meshplugin.graph.layout.LayeredLayout;
import io.github.meshplugin.graph.layout.Layout;
import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.graph.layout.NeighbourhoodLayout;
import io.github.meshplugin.site.view.Sketch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Draws a {@link Sketch} as inline SVG: laid out at build time, so the page needs no script and opens at once
 * however large the mesh. Every box links to its page and carries a {@code <title>} tooltip with the full name;
 * long labels are cut to fit. Colours come from CSS classes of the theme (light and dark), and never carry
 * meaning alone: status is also an outline pattern and a word, a domain is also a labelled frame.
 * Coordinates are rounded and nothing depends on time or hashing, so the same sketch gives the same bytes.
 */
public final class GraphSvg {

    public static final int LABEL_CHARS = 24;
    static final int FRAME_LABEL_CHARS = 32;
    /** Wide enough for an average character of the 12px labels; long labels are cut, never squeezed. */
    private static final double CHAR_WIDTH = 7.6;

    private static final double NODE_HEIGHT = 38;
    private static final double MIN_NODE_WIDTH = 96;
    private static final double FRAME_HEADER = 18;
    private static final double LEGEND_HEIGHT = 30;
    private static final int COLOURS = 8;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final LayeredLayout orthogonal = new LayeredLayout(LayeredLayout.Routing.ORTHOGONAL);
    private final LayeredLayout straight = new LayeredLayout(LayeredLayout.Routing.POLYLINE);
    private final NeighbourhoodLayout neighbourhood = new NeighbourhoodLayout();
    private final LayoutCache cache;

    public GraphSvg() {
        this(null);
    }

    /** @param cache layouts kept from earlier builds, or null to lay out every picture */
    public GraphSvg(LayoutCache cache) {
        this.cache = cache;
    }

    /** The layout of a sketch, separate from drawing so the time spent in each can be measured. */
    public Layout layout(Sketch sketch) {
        Diagram diagram = diagram(sketch);
        if (sketch.legend() == Sketch.Legend.NEIGHBOURHOOD) {
            // Layered by construction around its product: placed directly, far cheaper than a general layout.
            return neighbourhood.layout(diagram, sketch.focus());
        }
        // Between domains, many long edges: straight segments crowd less than right angles.
        LayeredLayout layouter = sketch.legend() == Sketch.Legend.DOMAINS ? straight : orthogonal;
        return cache == null ? layouter.layout(diagram) : cache.layout(diagram, layouter);
    }

    /** What a sketch asks to lay out: its frames, boxes sized for their labels, and its lines. */
    public Diagram diagram(Sketch sketch) {
        List<Diagram.Cluster> clusters = new ArrayList<>();
        for (Sketch.Frame frame : sketch.frames()) {
            clusters.add(new Diagram.Cluster(
                    frame.id(), FRAME_HEADER, textWidth(cut(frame.label(), FRAME_LABEL_CHARS), 8.0) + 24));
        }
        List<Diagram.Node> nodes = new ArrayList<>();
        for (Sketch.Item item : sketch.items()) {
            nodes.add(new Diagram.Node(item.id(), item.frame(), nodeWidth(item), NODE_HEIGHT));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Sketch.Line line : sketch.lines()) {
            edges.add(new Diagram.Edge(line.from(), line.to(), thickness(line.weight())));
        }
        return new Diagram(clusters, nodes, edges);
    }

    /** Lays out and draws; {@code root} leads from the page to the site root ("" or "../"). */
    public String draw(Sketch sketch, String root) {
        return draw(sketch, layout(sketch), root);
    }

    public String draw(Sketch sketch, Layout layout, String root) {
        return draw(sketch, layout, root, null);
    }

    /**
     * As {@link #draw(Sketch, String)}, for a picture a script works on: {@code pictureId} keeps the picture's
     * arrowhead apart from others' (a hidden picture's marker would hide every arrow that used it), and each box
     * and line names the sketch's ids it stands for ({@code data-node}, {@code data-from}, {@code data-to}). The
     * lineage explorer draws its pictures so in the browser ({@code lineage-picture.js}); this is what a browser
     * test holds them to.
     */
    public String draw(Sketch sketch, String root, String pictureId) {
        return draw(sketch, layout(sketch), root, pictureId);
    }

    private String draw(Sketch sketch, Layout layout, String root, String pictureId) {
        String arrow = pictureId == null ? "graph-arrow" : "graph-arrow-" + pictureId;
        boolean marked = pictureId != null;
        StringBuilder legend = new StringBuilder();
        double legendWidth = GraphLegend.draw(legend, sketch.legend(), arrow);
        double width = Math.max(layout.width(), legendWidth);
        double height = layout.height() + LEGEND_HEIGHT;
        StringBuilder svg = new StringBuilder(4096 + 600 * sketch.items().size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph-svg\" width=\"")
                .append(num(width))
                .append("\" height=\"")
                .append(num(height))
                .append("\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                .append("\" role=\"group\" aria-label=\"")
                .append(Xml.escape(sketch.title()))
                .append("\">\n<title>")
                .append(Xml.escape(sketch.title()))
                .append("</title>\n")
                .append("<defs><marker id=\"")
                .append(arrow)
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"graph-arrowhead\""
                        + " d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
        svg.append(legend);
        svg.append("<g transform=\"translate(0,").append(num(LEGEND_HEIGHT)).append(")\">\n");
        Map<String, Sketch.Frame> frames = new HashMap<>();
        sketch.frames().forEach(f -> frames.put(f.id(), f));
        for (Box box : layout.clusters()) {
            frame(svg, frames.get(box.id()), box, root);
        }
        Map<String, Sketch.Line> lines = new HashMap<>();
        sketch.lines().forEach(l -> lines.put(l.from() + "\u0000" + l.to(), l));
        svg.append("<g class=\"graph-edges\">\n");
        for (Route route : layout.routes()) {
            edge(svg, lines.get(route.from() + "\u0000" + route.to()), route, arrow, marked);
        }
        svg.append("</g>\n");
        Map<String, Sketch.Item> items = new HashMap<>();
        sketch.items().forEach(i -> items.put(i.id(), i));
        for (Box box : layout.nodes()) {
            node(svg, items.get(box.id()), box, root, marked);
        }
        if (sketch.legend() == Sketch.Legend.DOMAINS) {
            EdgeCounts.draw(svg, layout.routes(), lines);
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /** The x, y, width and height attributes of a box, with a leading space and the closing quote of the last. */
    private static String bounds(Box box) {
        return " x=\"" + num(box.x()) + "\" y=\"" + num(box.y()) + "\" width=\"" + num(box.width()) + "\" height=\""
                + num(box.height());
    }

    /** The rest of a box's link after its classes: where it leads, its tooltip, and the box's rectangle. */
    private static void linkedBox(StringBuilder svg, String href, String title, Box box, String radius, String root) {
        svg.append("\" href=\"")
                .append(Xml.escape(href(href, root)))
                .append("\"><title>")
                .append(Xml.escape(title))
                .append("</title><rect")
                .append(bounds(box))
                .append("\" rx=\"")
                .append(radius)
                .append("\"/>");
    }

    private static void frame(StringBuilder svg, Sketch.Frame frame, Box box, String root) {
        svg.append("<a class=\"graph-frame gc").append(frame.colour() % COLOURS);
        linkedBox(svg, frame.href(), frame.title(), box, "8", root);
        svg.append("<text x=\"")
                .append(num(box.x() + 10))
                .append("\" y=\"")
                .append(num(box.y() + 17))
                .append("\">")
                .append(Xml.escape(cut(frame.label(), (int) Math.max(4, (box.width() - 20) / 8.0))))
                .append("</text></a>\n");
    }

    private static void edge(StringBuilder svg, Sketch.Line line, Route route, String arrow, boolean marked) {
        if (route.points().size() < 2) {
            return;
        }
        svg.append("<path class=\"graph-edge\"");
        if (marked) {
            svg.append(" data-from=\"")
                    .append(Xml.escape(line.from()))
                    .append("\" data-to=\"")
                    .append(Xml.escape(line.to()))
                    .append('"');
        }
        svg.append(" d=\"");
        for (int i = 0; i < route.points().size(); i++) {
            Point point = route.points().get(i);
            svg.append(i == 0 ? 'M' : 'L').append(num(point.x())).append(',').append(num(point.y()));
        }
        svg.append('"');
        if (line.weight() > 1) {
            svg.append(" stroke-width=\"").append(num(thickness(line.weight()))).append('"');
        }
        svg.append(" marker-end=\"url(#")
                .append(arrow)
                .append(")\"><title>")
                .append(Xml.escape(line.title()))
                .append("</title></path>\n");
    }

    private static void node(StringBuilder svg, Sketch.Item item, Box box, String root, boolean marked) {
        svg.append("<a class=\"graph-node gk-").append(item.kind().name().toLowerCase(Locale.ROOT));
        if (item.status() != null) {
            svg.append(" gs-")
                    .append(NOT_LETTERS
                            .matcher(item.status().toLowerCase(Locale.ROOT))
                            .replaceAll(""));
        }
        if (item.kind() != Sketch.Kind.MORE) {
            svg.append(" gc").append(item.colour() % COLOURS);
        }
        if (marked) {
            svg.append("\" data-node=\"").append(Xml.escape(item.id()));
        }
        String radius = item.kind() == Sketch.Kind.MORE || item.kind() == Sketch.Kind.DOMAIN ? "16" : "4";
        linkedBox(svg, item.href(), item.title(), box, radius, root);
        int fits = (int) Math.max(4, (box.width() - 16) / CHAR_WIDTH);
        double centre = box.x() + box.width() / 2;
        svg.append("<text class=\"graph-label\" x=\"")
                .append(num(centre))
                .append("\" y=\"")
                .append(num(box.y() + (item.detail() == null ? 23 : 17)))
                .append("\">")
                .append(Xml.escape(cut(item.label(), fits)))
                .append("</text>");
        if (item.detail() != null) {
            svg.append("<text class=\"graph-detail\" x=\"")
                    .append(num(centre))
                    .append("\" y=\"")
                    .append(num(box.y() + 31))
                    .append("\">")
                    .append(Xml.escape(cut(item.detail(), fits + 4)))
                    .append("</text>");
        }
        svg.append("</a>\n");
    }

    private static String href(String href, String root) {
        return href.startsWith("#") ? href : root + href;
    }

    static double thickness(int weight) {
        return weight <= 1 ? 1.5 : Math.min(10, 1.5 + 1.6 * (Math.log(weight) / Math.log(2)));
    }

    private static double nodeWidth(Sketch.Item item) {
        int chars = Math.max(
                cut(item.label(), LABEL_CHARS)
                        .codePointCount(0, cut(item.label(), LABEL_CHARS).length()),
                item.detail() == null ? 0 : (int) Math.ceil(item.detail().length() * 0.85));
        return Math.max(MIN_NODE_WIDTH, Math.ceil(Math.min(chars, LABEL_CHARS) * CHAR_WIDTH + 24));
    }

    static double textWidth(String text, double charWidth) {
        return Math.ceil(text.codePointCount(0, text.length()) * charWidth);
    }

    /** At most {@code max} characters (code points, so no emoji is split), an ellipsis marking the cut. */
    static String cut(String text, int max) {
        String clean = text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** One decimal at most, no locale, no exponent: stable bytes, small files. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0
                ? Long.toString(tenths / 10)
                : (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
