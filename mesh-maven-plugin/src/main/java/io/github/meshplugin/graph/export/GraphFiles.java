package io.github.meshplugin.graph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the dependency graph for other tools: {@code products.<ext>} (one node per product, one edge per
 * consumer, producer and contract) and {@code domains.<ext>} (one node per domain, one edge per pair of domains
 * with the number of product dependencies between them), in DOT, Mermaid, GraphML and JSON. Edges point from the
 * consumer to the producer it depends on, as everywhere in the plugin. Nodes and edges are written sorted, so the
 * same mesh always gives the same bytes.
 */
public final class GraphFiles {

    /** Raised when the shape of the JSON files changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    private final Mesh mesh;
    private final MeshGraph graph;

    public GraphFiles(Mesh mesh, MeshGraph graph) {
        this.mesh = mesh;
        this.graph = graph;
    }

    /** Writes the files of each format into {@code directory} and returns them, sorted. */
    public List<Path> write(Set<GraphFormat> formats, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (GraphFormat format : formats) {
            written.add(write(directory.resolve("products." + format.extension()), products(format)));
            written.add(write(directory.resolve("domains." + format.extension()), domains(format)));
        }
        written.sort(null);
        return written;
    }

    public String products(GraphFormat format) throws IOException {
        Graph<String, DependencyEdge> products = productGraph();
        Function<String, Map<String, Attribute>> node = id -> {
            DataProduct product = mesh.product(id).orElseThrow();
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", text(product.displayName()));
            attributes.put("domain", text(product.domain()));
            if (product.ownerTeam() != null) {
                attributes.put("team", text(product.ownerTeam()));
            }
            attributes.put("status", text(product.status().label()));
            return attributes;
        };
        Function<DependencyEdge, Map<String, Attribute>> edge =
                e -> attributes("contract", text(e.contractId()), "label", text(e.contractId()));
        return switch (format) {
            case DOT -> dot(products, "products", node, edge);
            case GRAPHML ->
                graphMl(products, node, edge, List.of("label", "domain", "team", "status"), List.of("contract"));
            case MERMAID ->
                mermaid(products, id -> mesh.product(id).orElseThrow().displayName(), DependencyEdge::contractId);
            case JSON ->
                json(new ProductsDocument(
                        FORMAT_VERSION,
                        "products",
                        products.vertexSet().stream()
                                .map(id -> {
                                    DataProduct p = mesh.product(id).orElseThrow();
                                    return new ProductNode(
                                            id,
                                            p.displayName(),
                                            p.domain(),
                                            p.ownerTeam(),
                                            p.status().label());
                                })
                                .toList(),
                        products.edgeSet().stream()
                                .map(e -> new ProductEdge(e.consumer(), e.producer(), e.contractId()))
                                .toList()));
        };
    }

    public String domains(GraphFormat format) throws IOException {
        Graph<String, DomainLink> domains = graph.domainGraph();
        Map<String, Integer> productCounts = new TreeMap<>();
        for (String product : graph.products()) {
            productCounts.merge(graph.domainOf(product), 1, Integer::sum);
        }
        Function<String, String> name =
                id -> mesh.domain(id).map(Domain::displayName).orElse(id);
        Function<String, Map<String, Attribute>> node = id -> attributes(
                "label",
                text(name.apply(id)),
                "products",
                DefaultAttribute.createAttribute(productCounts.getOrDefault(id, 0)));
        Function<DomainLink, Map<String, Attribute>> edge = link -> attributes(
                "dependencies", DefaultAttribute.createAttribute(link.edges()),
                "label", text(String.valueOf(link.edges())));
        return switch (format) {
            case DOT -> dot(domains, "domains", node, edge);
            case GRAPHML -> graphMl(domains, node, edge, List.of("label", "products"), List.of("dependencies"));
            case MERMAID -> mermaid(domains, name, link -> String.valueOf(link.edges()));
            case JSON ->
                json(new DomainsDocument(
                        FORMAT_VERSION,
                        "domains",
                        domains.vertexSet().stream()
                                .map(id -> new DomainNode(id, name.apply(id), productCounts.getOrDefault(id, 0)))
                                .toList(),
                        domains.edgeSet().stream()
                                .map(l -> new DomainEdge(l.consumerDomain(), l.producerDomain(), l.edges()))
                                .toList()));
        };
    }

    record ProductNode(String id, String name, String domain, String team, String status) {}

    record ProductEdge(String consumer, String producer, String contract) {}

    record ProductsDocument(String formatVersion, String level, List<ProductNode> nodes, List<ProductEdge> edges) {}

    record DomainNode(String id, String name, int products) {}

    record DomainEdge(String consumer, String producer, int dependencies) {}

    record DomainsDocument(String formatVersion, String level, List<DomainNode> nodes, List<DomainEdge> edges) {}

    /** The product graph with vertices and edges inserted in sorted order, which the exporters keep. */
    private Graph<String, DependencyEdge> productGraph() {
        Graph<String, DependencyEdge> sorted = new DirectedPseudograph<>(DependencyEdge.class);
        graph.products().forEach(sorted::addVertex);
        for (DependencyEdge edge : graph.edges()) {
            sorted.addEdge(edge.consumer(), edge.producer(), edge);
        }
        return sorted;
    }

    private static <E> String dot(
            Graph<String, E> g,
            String name,
            Function<String, Map<String, Attribute>> node,
            Function<E, Map<String, Attribute>> edge) {
        DOTExporter<String, E> exporter = new DOTExporter<>(GraphFiles::dotId);
        exporter.setGraphIdProvider(() -> name);
        exporter.setGraphAttributeProvider(() -> attributes("rankdir", DefaultAttribute.createAttribute("RL")));
        exporter.setVertexAttributeProvider(v -> dotSafe(node.apply(v)));
        exporter.setEdgeAttributeProvider(e -> dotSafe(edge.apply(e)));
        StringWriter out = new StringWriter();
        exporter.exportGraph(g, out);
        return out.toString();
    }

    /** A DOT id: a quoted string, so any product id is valid. */
    private static String dotId(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The exporter quotes attribute values and escapes their double quotes but not backslashes, which DOT reads
     * as escapes (a value ending in one would swallow its closing quote): double them first.
     */
    private static Map<String, Attribute> dotSafe(Map<String, Attribute> attributes) {
        Map<String, Attribute> safe = new LinkedHashMap<>();
        attributes.forEach((key, value) -> safe.put(
                key,
                value.getType() == AttributeType.STRING
                        ? DefaultAttribute.createAttribute(
                                value.getValue().replace("\\", "\\\\").replaceAll("[\\r\\n]+", " "))
                        : value));
        return safe;
    }

    private static <E> String graphMl(
            Graph<String, E> g,
            Function<String, Map<String, Attribute>> node,
            Function<E, Map<String, Attribute>> edge,
            List<String> nodeKeys,
            List<String> edgeKeys) {
        GraphMLExporter<String, E> exporter = new GraphMLExporter<>(GraphFiles::graphMlId);
        exporter.registerAttribute("id", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        for (String key : nodeKeys) {
            exporter.registerAttribute(
                    key,
                    GraphMLExporter.AttributeCategory.NODE,
                    key.equals("products") ? AttributeType.INT : AttributeType.STRING);
        }
        for (String key : edgeKeys) {
            exporter.registerAttribute(
                    key,
                    GraphMLExporter.AttributeCategory.EDGE,
                    key.equals("dependencies") ? AttributeType.INT : AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("id", text(v));
            attributes.putAll(node.apply(v));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>(edge.apply(e));
            attributes.keySet().retainAll(edgeKeys);
            return attributes;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(g, out);
        return out.toString();
    }

    /**
     * A GraphML node id must be an XML name token: an id that is not one (the default id convention always is)
     * has each other character written as {@code _xHH_}; the node's {@code id} data keeps it as written.
     */
    private static String graphMlId(String id) {
        StringBuilder token = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':') {
                token.appendCodePoint(c);
            } else {
                token.append("_x")
                        .append(Integer.toHexString(c).toUpperCase(Locale.ROOT))
                        .append('_');
            }
        });
        return token.toString();
    }

    /** A Mermaid flowchart; nodes are numbered (Mermaid ids allow few characters) and labelled with the name. */
    private static <E> String mermaid(
            Graph<String, E> g, Function<String, String> label, Function<E, String> edgeLabel) {
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("flowchart RL\n");
        for (String vertex : g.vertexSet()) {
            String id = "n" + ids.size();
            ids.put(vertex, id);
            out.append("  ")
                    .append(id)
                    .append("[\"")
                    .append(mermaidText(label.apply(vertex)))
                    .append("\"]\n");
        }
        for (E e : g.edgeSet()) {
            out.append("  ")
                    .append(ids.get(g.getEdgeSource(e)))
                    .append(" -->|\"")
                    .append(mermaidText(edgeLabel.apply(e)))
                    .append("\"| ")
                    .append(ids.get(g.getEdgeTarget(e)))
                    .append('\n');
        }
        return out.toString();
    }

    /** Mermaid text inside quotes: entity codes for what would end the label or be read as markup. */
    private static String mermaidText(String text) {
        StringBuilder safe = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> safe.append("#quot;");
                case '#' -> safe.append("#35;");
                case '<' -> safe.append("#lt;");
                case '>' -> safe.append("#gt;");
                case '|' -> safe.append("#124;");
                case '\n', '\r' -> safe.append(' ');
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private static String json(Object document) throws IOException {
        return JSON.writeValueAsString(document) + "\n";
    }

    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(value == null ? "" : value);
    }

    private static Map<String, Attribute> attributes(Object... keysAndValues) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], (Attribute) keysAndValues[i + 1]);
        }
        return attributes;
    }

    /** Writes through a temporary file, so a reader never sees half a file. */
    private static Path write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
