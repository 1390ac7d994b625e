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
     * The formats this reads: 1, and 2, which leaves out empty, null and (in a property) false values and the
     * property's source position; a field left out reads as empty, null or false, so both read the same way.
     */
    /** The newest catalog format this plugin reads: the one it writes (see the site's CatalogJson). */
    private static final String NEWEST_FORMAT = "2";

    private static final Set<String> FORMAT_VERSIONS = Set.of("1", NEWEST_FORMAT);

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
                                + ", but this plugin reads versions 1 and 2",
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
