package io.github.meshplugin.read.baseline;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the model back from the {@code catalog.json} of an earlier build, so a release's catalog can be the
 * baseline where its git history is not at hand. Fields a newer build added are ignored; fields an older build
 * did not write yet read as empty.
 */
public final class CatalogJsonBaseline {

    /**
     * The newest catalog format this plugin reads: the one it writes (see the site's CatalogJson). The formats it
     * reads: 1; 2, which leaves out empty, null and (in a property) false values and the property's source
     * position; 3, which leaves out the positions inside a file too. A field left out reads as empty, null or
     * false, and a position left out as its file's, so all three read the same way.
     */
    private static final String NEWEST_FORMAT = "3";

    private static final Set<String> FORMAT_VERSIONS = Set.of("1", "2", NEWEST_FORMAT);

    // A list or map an older build did not write yet, or a newer one left out because it was empty, reads as
    // empty, whatever the model record does with null: every catalog of format 1 or 2 stays a baseline.
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withConfigOverride(List.class, list -> list.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, map -> map.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .addModule(new SimpleModule().addDeserializer(Status.class, new JsonDeserializer<>() {
                @Override
                public Status deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    return Status.parse(parser.getValueAsString());
                }
            }))
            .build();

    public Mesh read(Path file) throws BaselineException {
        if (!Files.isRegularFile(file)) {
            throw new BaselineException(
                    "baseline file " + file + " does not exist",
                    "Point `baseline` at the catalog.json of an earlier `mesh:site` build, or at a git ref.");
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            String format = root.path("formatVersion").asText(null);
            if (!root.isObject() || !root.has("contracts") || !root.has("products")) {
                throw new BaselineException(
                        "baseline file " + file + " is not a catalog.json written by mesh:site",
                        "Point `baseline` at the catalog.json of an earlier `mesh:site` build.");
            }
            if (!FORMAT_VERSIONS.contains(format)) {
                throw new BaselineException(
                        "baseline file " + file + " has catalog format version " + format
                                + ", but this plugin reads versions 1 to " + NEWEST_FORMAT,
                        "Rebuild the baseline catalog with this plugin version, or compare with a git ref.");
            }
            return model(root);
        } catch (IOException | IllegalArgumentException | NullPointerException unreadable) {
            throw new BaselineException(
                    "baseline file " + file + " cannot be read as a catalog: " + firstLine(unreadable.getMessage()),
                    "Point `baseline` at the catalog.json of an earlier `mesh:site` build, unmodified.");
        }
    }

    /**
     * The model in a catalog's JSON tree, already known to be a catalog of this format.
     *
     * @throws IOException when a part of it does not have the shape of the model
     */
    public Mesh model(JsonNode root) throws IOException {
        placeInTheirFiles(root);
        List<Domain> domains = list(root, "domains", new TypeReference<>() {});
        List<Team> teams = list(root, "teams", new TypeReference<>() {});
        List<DataProduct> products = list(root, "products", new TypeReference<>() {});
        List<Contract> contracts = list(root, "contracts", new TypeReference<>() {});
        return new Mesh(domains, teams, products, contracts);
    }

    /** The newest catalog format this plugin reads, the one it writes. */
    public static String formatVersion() {
        return NEWEST_FORMAT;
    }

    /** Whether this plugin reads catalogs of {@code format}: the one it writes and every older one. */
    public static boolean reads(String format) {
        return FORMAT_VERSIONS.contains(format);
    }

    /**
     * A catalog of format 3 gives the position of each file, not of what is inside it: a port, schema object,
     * quality rule, SLA property or server without one reads as at the start of its product's or contract's file,
     * so whatever names it (another mesh's product in a finding) names a file.
     */
    private static void placeInTheirFiles(JsonNode root) {
        for (JsonNode product : root.path("products")) {
            JsonNode file = product.get("source");
            product.path("inputPorts").forEach(port -> place(port, file, "source", "contractIdSource"));
            product.path("outputPorts").forEach(port -> place(port, file, "source", "contractIdSource"));
        }
        for (JsonNode contract : root.path("contracts")) {
            JsonNode file = contract.get("source");
            contract.path("slaProperties").forEach(sla -> place(sla, file, "source"));
            contract.path("servers").forEach(server -> place(server, file, "source"));
            for (JsonNode object : contract.path("schema")) {
                place(object, file, "source");
                object.path("quality").forEach(rule -> place(rule, file, "source"));
                placeQualityRules(object.path("properties"), file);
            }
        }
    }

    private static void placeQualityRules(JsonNode properties, JsonNode file) {
        for (JsonNode property : properties) {
            property.path("quality").forEach(rule -> place(rule, file, "source"));
            placeQualityRules(property.path("properties"), file);
        }
    }

    private static void place(JsonNode node, JsonNode file, String... fields) {
        if (node instanceof ObjectNode object && file != null && file.isObject()) {
            for (String field : fields) {
                if (!object.hasNonNull(field)) {
                    object.set(field, file);
                }
            }
        }
    }

    private <T> List<T> list(JsonNode root, String field, TypeReference<List<T>> type) throws IOException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        return mapper.readerFor(type).readValue(node);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
