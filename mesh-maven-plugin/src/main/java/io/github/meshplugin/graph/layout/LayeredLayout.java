package io.github.meshplugin.graph.layout;

import io.github.meshplugin.graph.layout.Layout.Box;
import io.github.meshplugin.graph.layout.Layout.Point;
import io.github.meshplugin.graph.layout.Layout.Route;
import io.github.meshplugin.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link Diagram} out left to right with Eclipse ELK's layered algorithm: sources on the left, edges
 * routed orthogonally, crossings minimised, clusters laid out together with the rest so edges may leave them.
 * Pure Java, run at build time; the same diagram always gives the same layout (ELK's random seed is fixed).
 */
public final class LayeredLayout {

    private static final double NODE_SPACING = 14;
    private static final double LAYER_SPACING = 56;
    private static final double PADDING = 12;
    private static final double CLUSTER_PADDING = 10;

    /** How edges are drawn: with right angles (tidy between few boxes), or straight segments (less crowded). */
    public enum Routing {
        ORTHOGONAL,
        POLYLINE
    }

    private final Routing routing;

    public LayeredLayout() {
        this(Routing.ORTHOGONAL);
    }

    public LayeredLayout(Routing routing) {
        this.routing = routing;
    }

    static {
        // Plain Java has no Eclipse extension registry: the algorithm is registered by hand, once per class loader.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** The code that decides a layout: ELK's version and this class's own bytes (its options live here). */
    private static final String CODE = "elk " + elkVersion() + ", layout code " + ownDigest();

    /**
     * What, besides the diagram, decides the layouts this layouter makes: ELK's version, this class's code and
     * options, and the routing. Two layouters with the same identity lay out the same diagram the same way, so a
     * layout kept under it is never stale after an upgrade of the plugin or of ELK.
     */
    public String identity() {
        return CODE + ", routing " + routing;
    }

    public Layout layout(Diagram diagram) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(
                CoreOptions.EDGE_ROUTING, routing == Routing.POLYLINE ? EdgeRouting.POLYLINE : EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        spacing(root);

        Map<String, ElkNode> clusters = new HashMap<>();
        for (Diagram.Cluster cluster : diagram.clusters()) {
            ElkNode frame = ElkGraphUtil.createNode(root);
            frame.setIdentifier(cluster.id());
            frame.setProperty(
                    CoreOptions.PADDING,
                    new ElkPadding(
                            cluster.headerHeight() + CLUSTER_PADDING,
                            CLUSTER_PADDING,
                            CLUSTER_PADDING,
                            CLUSTER_PADDING));
            frame.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            frame.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(cluster.minWidth(), 0));
            spacing(frame);
            if (clusters.put(cluster.id(), frame) != null) {
                throw new IllegalArgumentException("two clusters with the id " + cluster.id());
            }
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            if (clusters.containsKey(node.id())) {
                throw new IllegalArgumentException("a node and a cluster share the id " + node.id());
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            ElkNode parent = node.clusterId() == null ? root : clusters.get(node.clusterId());
            if (parent == null) {
                throw new IllegalArgumentException("node " + node.id() + " is in unknown cluster " + node.clusterId());
            }
            ElkNode box = ElkGraphUtil.createNode(parent);
            box.setIdentifier(node.id());
            box.setDimensions(node.width(), node.height());
            if (nodes.put(node.id(), box) != null) {
                throw new IllegalArgumentException("two nodes with the id " + node.id());
            }
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Diagram.Edge edge : diagram.edges()) {
            ElkNode from = nodes.getOrDefault(edge.from(), clusters.get(edge.from()));
            ElkNode to = nodes.getOrDefault(edge.to(), clusters.get(edge.to()));
            if (from == null || to == null) {
                throw new IllegalArgumentException("edge " + edge.from() + " -> " + edge.to() + " has an unknown end");
            }
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
            elkEdge.setProperty(CoreOptions.EDGE_THICKNESS, edge.thickness());
            edges.add(elkEdge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor());

        List<Box> clusterBoxes = new ArrayList<>();
        for (Diagram.Cluster cluster : diagram.clusters()) {
            clusterBoxes.add(box(cluster.id(), clusters.get(cluster.id())));
        }
        List<Box> nodeBoxes = new ArrayList<>();
        for (Diagram.Node node : diagram.nodes()) {
            nodeBoxes.add(box(node.id(), nodes.get(node.id())));
        }
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            routes.add(route(diagram.edges().get(i), edges.get(i)));
        }
        return new Layout(root.getWidth(), root.getHeight(), clusterBoxes, nodeBoxes, routes);
    }

    private static String elkVersion() {
        try (InputStream in = LayeredOptions.class.getResourceAsStream(
                "/META-INF/maven/org.eclipse.elk/org.eclipse.elk.alg.layered/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException unreadable) {
            // Falls back to where ELK was loaded from, which names its version too.
        }
        var source = LayeredOptions.class.getProtectionDomain().getCodeSource();
        return source == null ? "unknown" : String.valueOf(source.getLocation());
    }

    private static String ownDigest() {
        try (InputStream in = LayeredLayout.class.getResourceAsStream("LayeredLayout.class")) {
            if (in == null) {
                return "unknown";
            }
            return Sha256.hex(in.readAllBytes());
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static void spacing(ElkNode node) {
        node.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        node.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
        node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 6.0);
        node.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
        node.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 24.0);
    }

    private static Box box(String id, ElkNode node) {
        KVector origin = absolute(node.getParent());
        return new Box(id, origin.x + node.getX(), origin.y + node.getY(), node.getWidth(), node.getHeight());
    }

    /** ELK places a node relative to its parent and an edge relative to the node that contains it. */
    private static KVector absolute(ElkNode node) {
        KVector position = new KVector();
        for (ElkNode at = node; at != null && at.getParent() != null; at = at.getParent()) {
            position.add(at.getX(), at.getY());
        }
        return position;
    }

    private static Route route(Diagram.Edge edge, ElkEdge elkEdge) {
        List<Point> points = new ArrayList<>();
        if (!elkEdge.getSections().isEmpty()) {
            KVector origin = absolute(elkEdge.getContainingNode());
            ElkEdgeSection section = elkEdge.getSections().get(0);
            points.add(new Point(origin.x + section.getStartX(), origin.y + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(origin.x + bend.getX(), origin.y + bend.getY()));
            }
            points.add(new Point(origin.x + section.getEndX(), origin.y + section.getEndY()));
        }
        return new Route(edge.from(), edge.to(), points);
    }
}
