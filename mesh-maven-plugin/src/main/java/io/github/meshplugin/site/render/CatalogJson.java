package io.github.meshplugin.site.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.graph.analysis.DependencyCycles;
import io.github.meshplugin.graph.analysis.DomainCoupling;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.QualityRule;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.Server;
import io.github.meshplugin.model.SlaProperty;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.OverviewViews;
import io.github.meshplugin.site.view.ProductViews;
import io.github.meshplugin.site.view.QualityPageViews;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code catalog.json}: the whole model, graph and findings for machines. Property order is fixed by the
 * records and maps are sorted, so the same mesh always gives the same bytes.
 */
public final class CatalogJson {

    /**
     * Raised when the shape of the file changes incompatibly. 2: empty, null and (in a property) false values are
     * left out, and a property no longer carries its source position. 3: nor do ports, schema objects, quality
     * rules, SLA properties and servers; only whole files (and a product's owner) do.
     */
    public static final String FORMAT_VERSION = "3";

    /** The JSON Schema of this file, shipped beside it in the site. */
    public static final String SCHEMA_RESOURCE = "mesh/catalog.schema.json";

    // Statuses and severities read as the words people write in YAML, not as Java constant names.
    // catalog.json and the product files are for machines and grow with the mesh: they are written compact (an
    // indented product file was a third whitespace; browsers and jq indent what they show).
    // Most of the file is contract properties, and most of their fields are empty or false: leaving those out,
    // and the source positions a reader of a baseline never uses (findings point at the current files), more than
    // halves it. A document's own position stays: a baseline's changes and another mesh's products name their file.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addMixIn(Property.class, SlimProperty.class)
            .addMixIn(InputPort.class, NoPosition.class)
            .addMixIn(OutputPort.class, NoPosition.class)
            .addMixIn(SchemaObject.class, NoPosition.class)
            .addMixIn(QualityRule.class, NoPosition.class)
            .addMixIn(SlaProperty.class, NoPosition.class)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addModule(new SimpleModule()
                    .addSerializer(Status.class, new ToStringSerializerBase(Status.class) {
                        @Override
                        public String valueToString(Object value) {
                            return ((Status) value).label();
                        }
                    })
                    .addSerializer(Severity.class, new ToStringSerializerBase(Severity.class) {
                        @Override
                        public String valueToString(Object value) {
                            return ((Severity) value).label();
                        }
                    })
                    .addSerializer(Server.class, new ServerWithSecretsHidden()))
            .build();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    @JsonIgnoreProperties("source")
    private interface SlimProperty {}

    @JsonIgnoreProperties({"source", "contractIdSource"})
    private interface NoPosition {}

    /** Every top-level list stays, empty or not, so a reader can tell a catalog from any other JSON. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Document(
            String formatVersion,
            List<Domain> domains,
            List<Team> teams,
            List<DataProduct> products,
            List<Contract> contracts,
            List<DependencyEdge> dependencies,
            List<DomainLink> domainDependencies,
            List<Finding> findings,
            GraphSection graph,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String siteUrl,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CatalogView.MeshSite> meshes) {}

    /**
     * The graph section is small (a few per cent of the file) and read as a table: it keeps every field.
     *
     * <p>What the graph analyses found: per product its direct producers and consumers, layer and blast radius;
     * every dependency cycle with its contracts; the most depended-on products; the domain coupling matrix.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GraphSection(
            List<ProductGraph> products,
            List<CycleJson> cycles,
            boolean cyclesComplete,
            List<RankJson> mostDependedOn,
            boolean betweennessExact,
            CouplingJson domainCoupling) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductGraph(
            String id,
            List<String> upstream,
            List<String> downstream,
            int layer,
            boolean inCycle,
            Impact blastRadius) {}

    /** A product's blast radius: how many products depend on it, and the ids of their domains and teams. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Impact(int products, List<String> domains, List<String> teams) {
        static Impact of(ProductViews.ImpactView impact) {
            return new Impact(impact.products(), impact.domains(), impact.teams());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CycleJson(List<String> products, List<List<String>> contracts) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RankJson(String product, int consumers, int dependents, String betweenness) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CouplingJson(
            List<String> domains,
            List<List<Integer>> edges,
            int crossDomainEdges,
            int totalEdges,
            double crossDomainShare) {}

    /**
     * One product's file, {@code products/<id>.json}: the product, its contracts, everything upstream (transitive),
     * its direct consumers ({@code downstream}), every product that depends on it ({@code blastRadius}, transitive)
     * with the counts in {@code impact}, its score and findings.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductDocument(
            String formatVersion,
            DataProduct product,
            List<Contract> contracts,
            List<String> upstream,
            List<String> downstream,
            List<String> blastRadius,
            QualityPageViews.ScoreView score,
            List<Finding> findings,
            Impact impact) {}

    private Map<String, List<Finding>> findingsBySubject;

    public byte[] writeProduct(MeshResult result, ProductViews.ProductPage page) throws IOException {
        DataProduct product = result.mesh().product(page.ref().id()).orElseThrow();
        List<Contract> contracts = page.contractSummaries().stream()
                .map(c -> result.mesh().contract(c.id()).orElseThrow())
                .toList();
        prepare(result);
        List<Finding> findings = findingsBySubject.getOrDefault(product.id(), List.of());
        ProductDocument document = new ProductDocument(
                FORMAT_VERSION,
                product,
                contracts,
                result.analysis().closures().upstream(product.id()),
                page.downstream().stream().map(CatalogView.ProductRef::id).toList(),
                result.analysis().closures().downstream(product.id()),
                page.score(),
                findings,
                Impact.of(page.impact()));
        return withNewLine(mapper.writer(), document);
    }

    /** Findings per product, grouped once for all product files, which are written in parallel. */
    private synchronized void prepare(MeshResult result) {
        if (findingsBySubject == null) {
            findingsBySubject = result.findings().stream()
                    .filter(f -> f.subject() != null)
                    .collect(Collectors.groupingBy(Finding::subject));
        }
    }

    public byte[] write(MeshResult result, CatalogView view) throws IOException {
        Document document = new Document(
                FORMAT_VERSION,
                result.mesh().domains(),
                result.mesh().teams(),
                result.mesh().products(),
                result.mesh().contracts(),
                result.graph().edges(),
                result.graph().domainLinks(),
                result.findings(),
                graph(result.analysis(), view),
                view.meta().siteUrl(),
                view.meta().meshes());
        return withNewLine(mapper.writer(), document);
    }

    private static GraphSection graph(GraphAnalysis analysis, CatalogView view) {
        List<ProductGraph> products = view.products().stream()
                .sorted(Comparator.comparing(page -> page.ref().id()))
                .map(page -> new ProductGraph(
                        page.ref().id(),
                        page.upstream().stream()
                                .map(CatalogView.ProductRef::id)
                                .sorted()
                                .toList(),
                        page.downstream().stream()
                                .map(CatalogView.ProductRef::id)
                                .sorted()
                                .toList(),
                        page.impact().layer(),
                        page.impact().inCycle(),
                        Impact.of(page.impact())))
                .toList();
        DependencyCycles.Result cycles = analysis.cycles();
        OverviewViews.GraphOverview overview = view.overview().graph();
        DomainCoupling coupling = analysis.coupling();
        List<List<Integer>> matrix = Arrays.stream(coupling.matrix())
                .map(row -> Arrays.stream(row).boxed().toList())
                .toList();
        return new GraphSection(
                products,
                cycles.cycles().stream()
                        .map(c -> new CycleJson(c.products(), c.contracts()))
                        .toList(),
                cycles.complete(),
                overview.mostDependedOn().stream()
                        .map(d -> new RankJson(d.ref().id(), d.consumers(), d.dependents(), d.betweenness()))
                        .toList(),
                overview.betweennessExact(),
                new CouplingJson(
                        coupling.domains(),
                        matrix,
                        coupling.crossDomainEdges(),
                        coupling.totalEdges(),
                        Math.round(coupling.crossDomainShare() * 10_000) / 10_000.0));
    }

    private static byte[] withNewLine(ObjectWriter writer, Object document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.writeValue(bytes, document);
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
