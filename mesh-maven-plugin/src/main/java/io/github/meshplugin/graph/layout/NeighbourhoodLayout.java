package io.github.meshplugin.graph.layout;

import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays out the picture around one product directly, left to right, without a general-purpose layout: a
 * neighbourhood is layered by construction (its producers upstream, the product, its consumers downstream), so
 * each box's column is its longest path to the product (upstream) or from it (downstream), which keeps every
 * edge pointing right. Each cluster gets a horizontal band of its own, so frames never overlap; within a band
 * and column, boxes are ordered by a few barycentre sweeps to cut crossings. An edge that skips columns passes
 * through a small reserved slot in each column it crosses, so it never runs through a box; edges bend in the
 * gaps between columns, each source on a track of its own. The same diagram always gives the same layout.
 *
 * <p>It costs microseconds where a general layered layout of the same picture costs milliseconds, which is what
 * made laying out one picture per product the largest cost of a big catalog.
 */
public final class NeighbourhoodLayout {

    private static final double PADDING = 12;
    private static final double CLUSTER_PADDING = 10;
    private static final double NODE_SPACING = 14;
    private static final double BAND_SPACING = 18;
    private static final double MIN_COLUMN_GAP = 56;
    private static final double TRACK_SPACING = 8;
    private static final double DUMMY_HEIGHT = 8;
    private static final double DUMMY_SPACING = 4;
    private static final int SWEEPS = 4;

    /** A box or an edge's slot in a column it passes through. */
    private static final class Slot {
        final String id;
        final Diagram.Node node;
        final int band;
        final int column;
        final List<Slot> before = new ArrayList<>();
        final List<Slot> after = new ArrayList<>();
        double order;
        double y;

        Slot(String id, Diagram.Node node, int band, int column) {
            this.id = id;
            this.node = node;
            this.band = band;
            this.column = column;
        }

        double height() {
            return node == null ? DUMMY_HEIGHT : node.height();
        }

        double spacing() {
            return node == null ? DUMMY_SPACING : NODE_SPACING;
        }
    }

    /** @param focus the id of the node the picture is about; every other node is laid out around it */
    public Layout layout(Diagram diagram, String focus) {
        Map<String, Diagram.Node> nodes = new LinkedHashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            if (nodes.put(node.id(), node) != null) {
                throw new IllegalArgumentException("two nodes with the id " + node.id());
            }
        }
        if (!nodes.containsKey(focus)) {
            throw new IllegalArgumentException("the focus " + focus + " is not a node of the diagram");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
                throw new IllegalArgumentException("edge " + edge.from() + " -> " + edge.to() + " has an unknown end");
            }
        }
        Map<String, Integer> columns = columns(nodes.keySet(), diagram.edges(), focus);
        int firstColumn =
                columns.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int columnCount =
                columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) - firstColumn + 1;

        // One band per cluster, in the diagram's order, then one for boxes outside every cluster.
        Map<String, Integer> bands = new LinkedHashMap<>();
        for (Diagram.Cluster cluster : diagram.clusters()) {
            if (bands.putIfAbsent(cluster.id(), bands.size()) != null) {
                throw new IllegalArgumentException("two clusters with the id " + cluster.id());
            }
        }
        int looseBand = bands.size();
        Map<String, Integer> bandOf = new HashMap<>();
        for (Diagram.Node node : nodes.values()) {
            Integer band = node.clusterId() == null ? Integer.valueOf(looseBand) : bands.get(node.clusterId());
            if (band == null) {
                throw new IllegalArgumentException("node " + node.id() + " is in unknown cluster " + node.clusterId());
            }
            bandOf.put(node.id(), band);
        }
        int[] rank = bandRanks(looseBand + 1, bandOf, diagram.edges(), bandOf.get(focus));
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (Diagram.Node node : nodes.values()) {
            Slot slot = new Slot(node.id(), node, rank[bandOf.get(node.id())], columns.get(node.id()) - firstColumn);
            slot.order = slots.size();
            slots.put(node.id(), slot);
        }

        // Each edge as a chain of slots, one per column it crosses; an edge that does not point right is drawn
        // straight, as a cycle in the mesh is the only way to get one.
        List<List<Slot>> chains = new ArrayList<>();
        int dummies = 0;
        for (Diagram.Edge edge : diagram.edges()) {
            Slot from = slots.get(edge.from());
            Slot to = slots.get(edge.to());
            List<Slot> chain = new ArrayList<>();
            chain.add(from);
            if (to.column > from.column) {
                for (int column = from.column + 1; column < to.column; column++) {
                    Slot dummy = new Slot("\u0000" + dummies++, null, to.band, column);
                    dummy.order = slots.size() + dummies;
                    chain.add(dummy);
                }
                chain.add(to);
                for (int i = 0; i + 1 < chain.size(); i++) {
                    chain.get(i).after.add(chain.get(i + 1));
                    chain.get(i + 1).before.add(chain.get(i));
                }
            } else {
                chain.add(to);
            }
            chains.add(chain);
        }
        List<Slot> all = new ArrayList<>(slots.values());
        chains.forEach(chain -> chain.stream().filter(s -> s.node == null).forEach(all::add));

        List<List<Slot>> byColumn = new ArrayList<>();
        for (int column = 0; column < columnCount; column++) {
            byColumn.add(new ArrayList<>());
        }
        all.forEach(slot -> byColumn.get(slot.column).add(slot));

        // Columns: as wide as their widest box, with gaps wide enough for one track per source that bends there.
        double[] columnWidth = new double[columnCount];
        for (Slot slot : all) {
            if (slot.node != null) {
                columnWidth[slot.column] = Math.max(columnWidth[slot.column], slot.node.width());
            }
        }
        List<Map<Slot, Integer>> tracks = new ArrayList<>();
        for (int gap = 0; gap + 1 < columnCount; gap++) {
            tracks.add(new LinkedHashMap<>());
        }
        for (List<Slot> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                Slot from = chain.get(i);
                if (chain.get(i + 1).column == from.column + 1) {
                    Map<Slot, Integer> gap = tracks.get(from.column);
                    gap.putIfAbsent(from, gap.size());
                }
            }
        }
        double[] columnX = new double[columnCount];
        double[] gapWidth = new double[Math.max(0, columnCount - 1)];
        double x = PADDING + CLUSTER_PADDING;
        for (int column = 0; column < columnCount; column++) {
            columnX[column] = x;
            if (column + 1 < columnCount) {
                gapWidth[column] = Math.max(
                        MIN_COLUMN_GAP,
                        2 * CLUSTER_PADDING + (tracks.get(column).size() + 1) * TRACK_SPACING);
                x += columnWidth[column] + gapWidth[column];
            } else {
                x += columnWidth[column];
            }
        }

        // How far each band reaches left and right, its frame included.
        int bandCount = looseBand + 1;
        Map<Integer, Diagram.Cluster> clusterOfBand = new HashMap<>();
        diagram.clusters().forEach(c -> clusterOfBand.put(rank[bands.get(c.id())], c));
        double[] left = new double[bandCount];
        double[] right = new double[bandCount];
        Arrays.fill(left, Double.MAX_VALUE);
        Arrays.fill(right, -1);
        for (Slot slot : all) {
            left[slot.band] = Math.min(left[slot.band], columnX[slot.column]);
            right[slot.band] = Math.max(right[slot.band], columnX[slot.column] + columnWidth[slot.column]);
        }
        for (int band = 0; band < bandCount; band++) {
            Diagram.Cluster cluster = clusterOfBand.get(band);
            if (cluster != null && right[band] >= 0) {
                left[band] -= CLUSTER_PADDING;
                right[band] = Math.max(right[band] + CLUSTER_PADDING, left[band] + cluster.minWidth());
            }
        }
        List<List<Integer>> rows = rows(bandCount, rank[bandOf.get(focus)], left, right);
        int[] rowOf = new int[bandCount];
        for (int row = 0; row < rows.size(); row++) {
            for (int band : rows.get(row)) {
                rowOf[band] = row;
            }
        }
        order(byColumn, rowOf);

        // Rows of bands, top to bottom: a band as tall as its fullest column, each column's boxes centred in it.
        List<Box> clusterBoxes = new ArrayList<>();
        double y = PADDING;
        double width = x + CLUSTER_PADDING + PADDING;
        for (List<Integer> row : rows) {
            double rowHeight = 0;
            Map<Integer, Double> inner = new HashMap<>();
            for (int band : row) {
                double bandHeight = 0;
                for (List<Slot> column : byColumn) {
                    bandHeight = Math.max(bandHeight, stackHeight(inBand(column, band)));
                }
                inner.put(band, bandHeight);
                Diagram.Cluster cluster = clusterOfBand.get(band);
                rowHeight = Math.max(
                        rowHeight, bandHeight + (cluster == null ? 0 : cluster.headerHeight() + 2 * CLUSTER_PADDING));
            }
            for (int band : row) {
                Diagram.Cluster cluster = clusterOfBand.get(band);
                double bandHeight = inner.get(band);
                double outer = bandHeight + (cluster == null ? 0 : cluster.headerHeight() + 2 * CLUSTER_PADDING);
                double frameTop = y + (rowHeight - outer) / 2;
                double top = frameTop + (cluster == null ? 0 : cluster.headerHeight() + CLUSTER_PADDING);
                for (List<Slot> column : byColumn) {
                    List<Slot> stack = inBand(column, band);
                    double at = top + (bandHeight - stackHeight(stack)) / 2;
                    for (Slot slot : stack) {
                        slot.y = at;
                        at += slot.height() + slot.spacing();
                    }
                }
                if (cluster != null) {
                    clusterBoxes.add(new Box(cluster.id(), left[band], frameTop, right[band] - left[band], outer));
                }
                width = Math.max(width, right[band] + PADDING);
            }
            y += rowHeight + BAND_SPACING;
        }
        double height = y - BAND_SPACING + PADDING;
        // Frames in the diagram's order, as the other layouts give them.
        Map<String, Box> framesById = new HashMap<>();
        clusterBoxes.forEach(b -> framesById.put(b.id(), b));
        List<Box> frames = new ArrayList<>();
        for (Diagram.Cluster cluster : diagram.clusters()) {
            Box frame = framesById.get(cluster.id());
            frames.add(frame != null ? frame : new Box(cluster.id(), PADDING, PADDING, 0, 0));
        }

        List<Box> boxes = new ArrayList<>();
        for (Slot slot : slots.values()) {
            boxes.add(new Box(
                    slot.id,
                    columnX[slot.column] + (columnWidth[slot.column] - slot.node.width()) / 2,
                    slot.y,
                    slot.node.width(),
                    slot.node.height()));
        }
        Map<String, Box> boxById = new HashMap<>();
        boxes.forEach(b -> boxById.put(b.id(), b));

        List<Route> routes = new ArrayList<>();
        for (int e = 0; e < chains.size(); e++) {
            routes.add(route(diagram.edges().get(e), chains.get(e), boxById, columnX, columnWidth, gapWidth, tracks));
        }
        return new Layout(width, height, frames, boxes, routes);
    }

    /**
     * The top-to-bottom rank of each band: the focus's band in the middle, the bands with the most edges to it
     * next to it, alternately above and below, so the busiest edges stay short.
     */
    private static int[] bandRanks(int count, Map<String, Integer> bandOf, List<Diagram.Edge> edges, int focusBand) {
        int[] toFocus = new int[count];
        for (Diagram.Edge edge : edges) {
            int from = bandOf.get(edge.from());
            int to = bandOf.get(edge.to());
            if (from == focusBand && to != focusBand) {
                toFocus[to]++;
            } else if (to == focusBand && from != focusBand) {
                toFocus[from]++;
            }
        }
        List<Integer> others = new ArrayList<>();
        for (int band = 0; band < count; band++) {
            if (band != focusBand) {
                others.add(band);
            }
        }
        others.sort(Comparator.<Integer>comparingInt(b -> -toFocus[b]).thenComparingInt(b -> b));
        List<Integer> above = new ArrayList<>();
        List<Integer> below = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            (i % 2 == 0 ? above : below).add(others.get(i));
        }
        List<Integer> topToBottom = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0; i--) {
            topToBottom.add(above.get(i));
        }
        topToBottom.add(focusBand);
        topToBottom.addAll(below);
        int[] rank = new int[count];
        for (int i = 0; i < topToBottom.size(); i++) {
            rank[topToBottom.get(i)] = i;
        }
        return rank;
    }

    /**
     * Bands gathered into rows, top to bottom: the focus's row first, then each other band, nearest to the focus
     * first, joins the nearest row on its side whose bands it does not overlap left to right, or opens a new row
     * further out. Small domains at either end of the picture so share a row instead of stacking up.
     */
    private static List<List<Integer>> rows(int bandCount, int focusBand, double[] left, double[] right) {
        List<Integer> middle = new ArrayList<>(List.of(focusBand));
        List<List<Integer>> above = new ArrayList<>();
        List<List<Integer>> below = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int band = 0; band < bandCount; band++) {
            if (band != focusBand && right[band] >= 0) {
                others.add(band);
            }
        }
        others.sort(
                Comparator.<Integer>comparingInt(b -> Math.abs(b - focusBand)).thenComparingInt(b -> b));
        for (int band : others) {
            List<List<Integer>> side = band < focusBand ? above : below;
            List<List<Integer>> candidates = new ArrayList<>();
            candidates.add(middle);
            candidates.addAll(side);
            List<Integer> home = null;
            for (List<Integer> row : candidates) {
                if (row.stream()
                        .allMatch(other -> right[other] + BAND_SPACING <= left[band]
                                || right[band] + BAND_SPACING <= left[other])) {
                    home = row;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                side.add(home);
            }
            home.add(band);
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0; i--) {
            rows.add(above.get(i));
        }
        rows.add(middle);
        rows.addAll(below);
        for (List<Integer> row : rows) {
            row.sort(Comparator.comparingDouble(b -> left[b]));
        }
        return rows;
    }

    /**
     * The column of every node: upstream nodes at minus their longest path to the focus, downstream nodes at
     * their longest path from it, anything else beside the focus. Edges that would close a cycle are ignored.
     */
    private static Map<String, Integer> columns(Set<String> ids, List<Diagram.Edge> edges, String focus) {
        Map<String, List<String>> successors = new TreeMap<>();
        Map<String, List<String>> predecessors = new TreeMap<>();
        for (Diagram.Edge edge : edges) {
            successors.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            predecessors.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
        }
        Map<String, Integer> downstream = new HashMap<>();
        longest(focus, successors, downstream, new HashSet<>());
        Map<String, Integer> upstream = new HashMap<>();
        longest(focus, predecessors, upstream, new HashSet<>());
        Map<String, Integer> columns = new HashMap<>();
        for (String id : ids) {
            if (id.equals(focus)) {
                columns.put(id, 0);
            } else if (upstream.containsKey(id)) {
                columns.put(id, -upstream.get(id));
            } else if (downstream.containsKey(id)) {
                columns.put(id, downstream.get(id));
            }
        }
        // A node neither upstream nor downstream (a picture that is not a neighbourhood) goes next to its
        // neighbours, or beside the focus.
        for (String id : ids) {
            if (!columns.containsKey(id)) {
                int column = successors.getOrDefault(id, List.of()).stream()
                        .filter(columns::containsKey)
                        .mapToInt(s -> columns.get(s) - 1)
                        .min()
                        .orElse(1);
                columns.put(id, column);
            }
        }
        return columns;
    }

    /** The longest path from {@code id} to each node reachable along {@code next}, through a depth-first walk. */
    private static void longest(
            String id, Map<String, List<String>> next, Map<String, Integer> distance, Set<String> onPath) {
        int here = distance.getOrDefault(id, 0);
        distance.putIfAbsent(id, 0);
        onPath.add(id);
        for (String other : next.getOrDefault(id, List.of())) {
            if (onPath.contains(other)) {
                continue;
            }
            Integer known = distance.get(other);
            if (known == null || known < here + 1) {
                distance.put(other, here + 1);
                longest(other, next, distance, onPath);
            }
        }
        onPath.remove(id);
    }

    /**
     * Orders the slots of each column, within each band, by the mean position of their neighbours in the column
     * before (sweeping right) or after (sweeping left). Ties keep the earlier order, so the result is stable.
     */
    private static void order(List<List<Slot>> byColumn, int[] rowOf) {
        Comparator<Slot> inColumn = Comparator.<Slot>comparingInt(s -> rowOf[s.band])
                .thenComparingInt(s -> s.band)
                .thenComparingDouble(s -> s.order);
        byColumn.forEach(column -> renumber(column, inColumn));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean rightwards = sweep % 2 == 0;
            for (int i = 0; i < byColumn.size(); i++) {
                List<Slot> column = byColumn.get(rightwards ? i : byColumn.size() - 1 - i);
                Map<Slot, Double> barycentre = new HashMap<>();
                for (Slot slot : column) {
                    List<Slot> neighbours = rightwards ? slot.before : slot.after;
                    barycentre.put(
                            slot,
                            neighbours.isEmpty()
                                    ? slot.order
                                    : neighbours.stream()
                                            .mapToDouble(n -> n.order)
                                            .average()
                                            .orElse(slot.order));
                }
                renumber(
                        column,
                        Comparator.<Slot>comparingInt(s -> rowOf[s.band])
                                .thenComparingInt(s -> s.band)
                                .thenComparingDouble(barycentre::get)
                                .thenComparingDouble(s -> s.order));
            }
        }
    }

    private static void renumber(List<Slot> column, Comparator<Slot> comparator) {
        column.sort(comparator);
        for (int i = 0; i < column.size(); i++) {
            column.get(i).order = i;
        }
    }

    private static List<Slot> inBand(List<Slot> column, int band) {
        return column.stream().filter(s -> s.band == band).toList();
    }

    private static double stackHeight(List<Slot> stack) {
        double height = 0;
        for (Slot slot : stack) {
            height += slot.height() + slot.spacing();
        }
        return stack.isEmpty() ? 0 : height - stack.get(stack.size() - 1).spacing();
    }

    /**
     * From the right side of the source to the left side of the target, bending in each gap on the source's
     * track, and passing each column it crosses at its reserved slot. Several edges leaving or entering one box
     * are spread over its side, in the order of their other ends, so they do not cross at the box.
     */
    private static Route route(
            Diagram.Edge edge,
            List<Slot> chain,
            Map<String, Box> boxes,
            double[] columnX,
            double[] columnWidth,
            double[] gapWidth,
            List<Map<Slot, Integer>> tracks) {
        Slot first = chain.get(0);
        Slot last = chain.get(chain.size() - 1);
        Box from = boxes.get(first.id);
        Box to = boxes.get(last.id);
        List<Point> points = new ArrayList<>();
        if (last.column <= first.column) {
            points.add(new Point(from.x() + from.width() / 2, from.y() + from.height()));
            points.add(new Point(to.x() + to.width() / 2, to.y() + to.height()));
            return new Route(edge.from(), edge.to(), points);
        }
        double y = port(from, first.after, chain.get(1));
        points.add(new Point(from.x() + from.width(), y));
        for (int i = 1; i < chain.size(); i++) {
            Slot previous = chain.get(i - 1);
            Slot slot = chain.get(i);
            int gap = previous.column;
            int track = tracks.get(gap).get(previous);
            double bend = columnX[gap] + columnWidth[gap] + CLUSTER_PADDING + (track + 1) * TRACK_SPACING;
            bend = Math.min(bend, columnX[gap] + columnWidth[gap] + gapWidth[gap] - CLUSTER_PADDING);
            double nextY = slot.node == null ? slot.y + DUMMY_HEIGHT / 2 : port(to, slot.before, previous);
            if (Math.abs(nextY - y) > 0.5) {
                points.add(new Point(bend, y));
                points.add(new Point(bend, nextY));
            }
            y = nextY;
            if (slot.node == null) {
                points.add(new Point(columnX[slot.column], y));
                points.add(new Point(columnX[slot.column] + columnWidth[slot.column], y));
            }
        }
        points.add(new Point(to.x(), y));
        return new Route(edge.from(), edge.to(), dedupe(points));
    }

    /** Where on a box's side an edge meets it: the side split evenly among its edges, ordered by their ends. */
    private static double port(Box box, List<Slot> ends, Slot end) {
        List<Slot> ordered = ends.stream()
                .sorted(Comparator.<Slot>comparingDouble(s -> s.y).thenComparingDouble(s -> s.order))
                .toList();
        int index = ordered.indexOf(end);
        return box.y() + box.height() * (index + 1) / (ordered.size() + 1);
    }

    private static List<Point> dedupe(List<Point> points) {
        List<Point> kept = new ArrayList<>();
        for (Point point : points) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(point)) {
                kept.add(point);
            }
        }
        return kept;
    }
}
