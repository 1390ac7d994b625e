package io.github.meshplugin.graph.layout;

import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps layouts between builds, so a picture whose diagram did not change is not laid out again. A layout is a
 * pure function of its diagram and of the layouter ({@link LayeredLayout#identity()}: ELK's version, the layout
 * code and its options), so it is kept under a digest of both and a kept layout is exactly the one a fresh run
 * would make. Safe to use from many threads at once.
 *
 * <p>The file is only ever replaced whole (written aside, then moved over the old one), so a build killed while
 * writing leaves the previous file; a file that cannot be read, is cut short or is damaged counts as empty. Only
 * the layouts this build asked for (and, when it left pages as they were, those kept for them) are written back, so
 * layouts of pictures that no longer exist go away.
 */
public final class LayoutCache {

    /** Bumped whenever the file's format or what a kept layout holds changes. */
    private static final String FORMAT = "mesh-layouts 2";

    private final Path file;
    private final String identity;
    private final Consumer<String> trouble;
    private final Map<String, byte[]> kept;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private LayoutCache(Path file, String identity, Consumer<String> trouble, Map<String, byte[]> kept) {
        this.file = file;
        this.identity = identity;
        this.trouble = trouble;
        this.kept = kept;
    }

    /** No cache: every picture is laid out, nothing is kept. */
    public static LayoutCache none() {
        return new LayoutCache(null, "", reason -> {}, Map.of());
    }

    /**
     * The layouts kept in {@code file} by a plugin of the same {@code identity}; none when it does not exist or
     * belongs to another plugin. Never fails: a file that cannot be read or written is told to {@code trouble}.
     *
     * @param recall false to reuse nothing (a forced full build) while still keeping this build's layouts
     */
    public static LayoutCache open(Path file, String identity, boolean recall, Consumer<String> trouble) {
        return new LayoutCache(file, identity, trouble, recall ? read(file, identity, trouble) : Map.of());
    }

    /** How a build used the cache: layouts found, and layouts made because their diagram was new. */
    public record Stats(int hits, int misses) {

        /** For the build log, e.g. "12 graph pictures laid out, 1,988 reused from the layout cache". */
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%,d graph %s laid out, %,d reused from the layout cache",
                    misses,
                    misses == 1 ? "picture" : "pictures",
                    hits);
        }
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get());
    }

    /** The layout of {@code diagram} by {@code layouter}: the kept one if there is one, else a fresh one. */
    public Layout layout(Diagram diagram, LayeredLayout layouter) {
        if (file == null) {
            return layouter.layout(diagram);
        }
        String key = key(diagram, layouter.identity());
        byte[] known = used.get(key);
        if (known == null) {
            known = kept.get(key);
        }
        if (known != null) {
            Layout layout = decode(known, diagram);
            if (layout != null) {
                used.putIfAbsent(key, known);
                hits.incrementAndGet();
                return layout;
            }
        }
        Layout layout = layouter.layout(diagram);
        used.put(key, encode(layout));
        misses.incrementAndGet();
        return layout;
    }

    /**
     * Writes the layouts this build used, when they differ from the file's. Written aside and moved into place, so
     * the file is always either the old one or the new one, whole.
     *
     * A file that cannot be written is told to the cache's {@code trouble}: it costs the next build time only.
     *
     * @param everyPictureAsked whether this build asked for the layout of every picture of the site. Pages left as
     *     they were draw no picture, so when some were, the layouts kept for them stay too; a build that draws every
     *     picture keeps only those, so the layouts of pictures that no longer exist go away.
     * @return whether the file was written
     */
    public boolean save(boolean everyPictureAsked) {
        // Without a fresh layout every used one was kept already: the file holds what a partial build keeps, and
        // what a full one keeps when it used as many as the file holds.
        if (file == null || misses.get() == 0 && (!everyPictureAsked || used.size() == kept.size())) {
            return false;
        }
        Map<String, byte[]> keep = new TreeMap<>(used);
        if (!everyPictureAsked) {
            kept.forEach(keep::putIfAbsent);
        }
        try {
            write(keep);
            return true;
        } catch (IOException | RuntimeException unwritable) {
            trouble.accept(String.valueOf(unwritable.getMessage()));
            return false;
        }
    }

    private void write(Map<String, byte[]> sorted) throws IOException {
        AtomicFile.write(file, raw -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FastGzip(raw), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(identity);
                out.writeInt(sorted.size());
                for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    out.write(entry.getValue());
                }
            }
        });
    }

    private static Map<String, byte[]> read(Path file, String identity, Consumer<String> trouble) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !identity.equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            if (count < 0) {
                return Map.of();
            }
            Map<String, byte[]> entries = new ConcurrentHashMap<>();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > 1 << 24) {
                    return Map.of();
                }
                entries.put(key, in.readNBytes(length));
                if (entries.get(key).length != length) {
                    return Map.of();
                }
            }
            // Reading to the end makes the gzip stream check its length and checksum: a damaged file is refused.
            if (in.read() != -1) {
                return Map.of();
            }
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            // A damaged or foreign file only costs laying the pictures out again.
            trouble.accept("unreadable: " + unreadable.getMessage());
            return Map.of();
        }
    }

    /** A digest of everything the layout depends on, in the diagram's order (order is part of the input). */
    static String key(Diagram diagram, String identity) {
        MessageDigest digest = Sha256.digest();
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(256 + 64 * diagram.nodes().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, identity);
            list(out, diagram.clusters(), cluster -> {
                text(out, cluster.id());
                out.writeDouble(cluster.headerHeight());
                out.writeDouble(cluster.minWidth());
            });
            list(out, diagram.nodes(), node -> {
                text(out, node.id());
                text(out, node.clusterId());
                out.writeDouble(node.width());
                out.writeDouble(node.height());
            });
            list(out, diagram.edges(), edge -> {
                text(out, edge.from());
                text(out, edge.to());
                out.writeDouble(edge.thickness());
            });
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return HexFormat.of().formatHex(digest.digest(bytes.toByteArray()));
    }

    /** Length-prefixed, so no two different sequences of lists encode alike. */
    private static <T> void list(DataOutputStream out, List<T> items, ItemWriter<T> each) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            each.write(item);
        }
    }

    /** Writes one item of a list. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(T item) throws IOException;
    }

    /** Length-prefixed, with null apart from every string, so no two different diagrams encode alike. */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Coordinates only: the ids and the order of boxes and routes are the diagram's. */
    static byte[] encode(Layout layout) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64
                + 32 * (layout.clusters().size() + layout.nodes().size())
                + 80 * layout.routes().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeDouble(layout.width());
            out.writeDouble(layout.height());
            list(out, layout.clusters(), box -> box(out, box));
            list(out, layout.nodes(), box -> box(out, box));
            list(
                    out,
                    layout.routes(),
                    route -> list(out, route.points(), point -> {
                        out.writeDouble(point.x());
                        out.writeDouble(point.y());
                    }));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void box(DataOutputStream out, Box box) throws IOException {
        out.writeDouble(box.x());
        out.writeDouble(box.y());
        out.writeDouble(box.width());
        out.writeDouble(box.height());
    }

    /** The kept layout with the diagram's ids, or null when it does not fit the diagram. */
    static Layout decode(byte[] bytes, Diagram diagram) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            double width = in.readDouble();
            double height = in.readDouble();
            if (in.readInt() != diagram.clusters().size()) {
                return null;
            }
            List<Box> clusters = new ArrayList<>(diagram.clusters().size());
            for (Diagram.Cluster cluster : diagram.clusters()) {
                clusters.add(box(in, cluster.id()));
            }
            if (in.readInt() != diagram.nodes().size()) {
                return null;
            }
            List<Box> nodes = new ArrayList<>(diagram.nodes().size());
            for (Diagram.Node node : diagram.nodes()) {
                nodes.add(box(in, node.id()));
            }
            if (in.readInt() != diagram.edges().size()) {
                return null;
            }
            List<Route> routes = new ArrayList<>(diagram.edges().size());
            for (Diagram.Edge edge : diagram.edges()) {
                int count = in.readInt();
                if (count < 0 || count > in.available() / 16) {
                    return null;
                }
                List<Point> points = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    points.add(new Point(in.readDouble(), in.readDouble()));
                }
                routes.add(new Route(edge.from(), edge.to(), points));
            }
            return in.available() == 0 ? new Layout(width, height, clusters, nodes, routes) : null;
        } catch (IOException tooShort) {
            return null;
        }
    }

    private static Box box(DataInputStream in, String id) throws IOException {
        return new Box(id, in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
    }

    /** Tens of megabytes of coordinates on a large mesh: the fastest compression is plenty. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
