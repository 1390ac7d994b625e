package io.github.meshplugin.read.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.meshplugin.finding.FederationRules;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Origin;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.read.baseline.CatalogJsonBaseline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds the products and contracts other repositories published in their catalogs to this mesh, so input ports
 * may read them and producers see their consumers. A resolved catalog is untrusted input: it is checked against
 * catalog.json's JSON Schema and format version first, and whatever of it cannot be used is a finding naming the
 * artifact, never an exception. Every element taken from it keeps its origin in its source path (see
 * {@link Origin}); this mesh's own products and contracts win over any of the same id.
 */
public final class MeshCatalogs {

    /** The product custom property that names the mesh (coordinates with version) a product was published in. */
    public static final String MESH_PROPERTY = "mesh";

    private static final String SCHEMA_RESOURCE = "mesh/catalog.schema.json";
    private static final int PROBLEMS_SHOWN = 3;

    /**
     * This mesh with the other meshes' elements added, what went wrong, and where each mesh's site is published.
     *
     * @param sites the published site's URL per mesh (coordinates with version), for meshes that have one
     */
    public record Result(Mesh mesh, List<Finding> findings, Map<String, String> sites) {}

    private final ObjectMapper json = JsonMapper.builder().build();

    /** The resolved catalogs, read and checked once: each mesh that could be used, in the order declared. */
    public record Loaded(List<Mesh> meshes, List<Finding> findings, Map<String, String> sites) {}

    /** Reads and checks every resolved catalog; what cannot be used is a finding naming the artifact. */
    public Loaded load(List<MeshArtifact> artifacts) {
        List<Mesh> meshes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> sites = new TreeMap<>();
        for (MeshArtifact artifact : artifacts) {
            Mesh external = load(artifact, findings, sites);
            if (external != null) {
                meshes.add(external);
            }
        }
        return new Loaded(List.copyOf(meshes), List.copyOf(findings), Map.copyOf(sites));
    }

    /**
     * {@code local} with the loaded meshes' domains, teams, products and contracts added where {@code local} has
     * none of the same id; with the loading's findings and one for each contract id two meshes define.
     */
    public Result merge(Mesh local, Loaded loaded) {
        if (loaded.meshes().isEmpty()) {
            return new Result(local, loaded.findings(), loaded.sites());
        }
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Map<String, Domain> domains = new LinkedHashMap<>();
        Map<String, Team> teams = new LinkedHashMap<>();
        Map<String, DataProduct> products = new LinkedHashMap<>();
        Map<String, Contract> contracts = new LinkedHashMap<>();
        local.domains().forEach(d -> domains.put(d.id(), d));
        local.teams().forEach(t -> teams.put(t.id(), t));
        TreeSet<String> conflicts = new TreeSet<>();
        for (Mesh external : loaded.meshes()) {
            external.domains().forEach(d -> domains.putIfAbsent(d.id(), d));
            external.teams().forEach(t -> teams.putIfAbsent(t.id(), t));
            for (DataProduct product : external.products()) {
                if (local.product(product.id()).isEmpty()) {
                    products.putIfAbsent(product.id(), product);
                }
            }
            for (Contract contract : external.contracts()) {
                if (local.contract(contract.id()).isPresent()) {
                    continue;
                }
                Contract first = contracts.putIfAbsent(contract.id(), contract);
                if (first != null && !sameMesh(first, contract) && conflicts.add(contract.id())) {
                    findings.add(FederationRules.CONTRACT_IN_TWO_MESHES.finding(
                            Source.file("."),
                            "contract `" + contract.id() + "` is defined in two meshes: " + meshOf(first) + " and "
                                    + meshOf(contract) + "; " + meshOf(first) + "'s is used",
                            "Rename it in one of them, or stop reading one of the two meshes."));
                }
            }
        }
        List<DataProduct> allProducts = new ArrayList<>(local.products());
        allProducts.addAll(products.values());
        List<Contract> allContracts = new ArrayList<>(local.contracts());
        allContracts.addAll(contracts.values());
        return new Result(
                new Mesh(List.copyOf(domains.values()), List.copyOf(teams.values()), allProducts, allContracts),
                findings,
                loaded.sites());
    }

    private Mesh load(MeshArtifact artifact, List<Finding> findings, Map<String, String> sites) {
        String name = artifact.coordinates();
        if (artifact.catalog() == null) {
            findings.add(FederationRules.CATALOG_MISSING.finding(
                    Source.file("."),
                    "the catalog of mesh " + name + " cannot be resolved: " + artifact.problem(),
                    "Check the coordinates in <meshes>, that the mesh deployed its catalog (mesh:publish), and "
                            + "the repositories and credentials in settings.xml."));
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(artifact.catalog().toFile());
        } catch (IOException notJson) {
            findings.add(unreadable(name, "is not JSON: " + firstLine(notJson.getMessage())));
            return null;
        }
        if (root == null || !root.isObject()) {
            findings.add(unreadable(name, "is not a catalog.json (not a JSON object)"));
            return null;
        }
        String format = root.path("formatVersion").asText(null);
        String readable = CatalogJsonBaseline.formatVersion();
        if (!CatalogJsonBaseline.reads(format)) {
            findings.add(unreadable(
                    name,
                    newer(format, readable)
                            ? "has catalog format " + format + ", newer than the format " + readable
                                    + " this plugin reads"
                            : "has catalog format " + format + ", not the format " + readable + " this plugin reads"));
            return null;
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema().validate(root)) {
            problems.add(message.getMessage());
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            findings.add(unreadable(
                    name,
                    "does not match catalog.json's JSON Schema: "
                            + String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
                            + (problems.size() > PROBLEMS_SHOWN
                                    ? " (and " + (problems.size() - PROBLEMS_SHOWN) + " more)"
                                    : "")));
            return null;
        }
        String own = safeUrl(artifact.siteUrl()) != null
                ? safeUrl(artifact.siteUrl())
                : safeUrl(root.path("siteUrl").asText(null));
        if (own != null) {
            sites.putIfAbsent(name, own);
        }
        for (JsonNode mesh : root.path("meshes")) {
            String coordinates = mesh.path("coordinates").asText(null);
            String url = safeUrl(mesh.path("siteUrl").asText(null));
            if (coordinates != null && url != null) {
                sites.putIfAbsent(coordinates, url);
            }
        }
        qualify(root, name);
        for (JsonNode product : root.path("products")) {
            if (product instanceof ObjectNode object) {
                String origin = Origin.mesh(product.path("source").path("file").asText(null));
                JsonNode custom = object.get("customProperties");
                ObjectNode properties =
                        custom instanceof ObjectNode existing ? existing : object.putObject("customProperties");
                if (!properties.has(MESH_PROPERTY)) {
                    properties.put(MESH_PROPERTY, origin == null ? name : origin);
                }
            }
        }
        try {
            return new CatalogJsonBaseline().model(root);
        } catch (IOException | IllegalArgumentException | NullPointerException wrongShape) {
            findings.add(unreadable(name, "cannot be read as a catalog: " + firstLine(wrongShape.getMessage())));
            return null;
        }
    }

    /** Every source path and product folder in the tree, prefixed with the mesh it comes from. */
    private static void qualify(JsonNode node, String coordinates) {
        if (node instanceof ObjectNode object) {
            JsonNode source = object.get("source");
            if (source instanceof ObjectNode file && file.path("file").isTextual()) {
                file.put("file", Origin.qualify(coordinates, file.get("file").asText()));
            }
            JsonNode folder = object.get("folder");
            if (folder != null && folder.isTextual()) {
                object.put("folder", Origin.qualify(coordinates, folder.asText()));
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            qualify(children.next(), coordinates);
        }
    }

    private static boolean sameMesh(Contract first, Contract second) {
        return MeshArtifact.withoutVersion(meshOf(first)).equals(MeshArtifact.withoutVersion(meshOf(second)));
    }

    private static String meshOf(Contract contract) {
        String mesh = Origin.mesh(contract.source());
        return mesh == null ? "this mesh" : mesh;
    }

    private static Finding unreadable(String coordinates, String what) {
        return FederationRules.CATALOG_UNREADABLE.finding(
                Source.file("."),
                "the catalog of mesh " + coordinates + " " + what + "; nothing of it is used",
                "Build with the plugin version that published it (or newer), or read a version of the mesh whose "
                        + "catalog this plugin can read.");
    }

    private static boolean newer(String format, String readable) {
        try {
            return Integer.parseInt(format) > Integer.parseInt(readable);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Only an absolute http(s) URL can be a link on a page: a resolved catalog is untrusted. */
    static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            String text = uri.toString();
            return text.endsWith("/") ? text : text + "/";
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    private static JsonSchema schema() {
        return Schema.CATALOG;
    }

    /** Compiled once, on first use. */
    private static final class Schema {
        static final JsonSchema CATALOG = compile();

        private static JsonSchema compile() {
            try (InputStream in = MeshCatalogs.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the plugin");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(new ObjectMapper().readTree(in));
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
