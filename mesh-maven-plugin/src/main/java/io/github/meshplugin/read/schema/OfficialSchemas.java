package io.github.meshplugin.read.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The official ODCS and ODPS JSON Schemas, shipped in the plugin jar under {@code mesh/schemas/} and compiled
 * once per version on first use.
 *
 * <p>Nothing is ever fetched from the network: a build must give the same verdict offline, behind a proxy and
 * ten years from now. The meta-schemas the schemas name in {@code $schema} are the validator's built-in ones, and
 * any {@code $ref} that would leave the class path fails loudly instead of downloading.
 */
public final class OfficialSchemas {

    private static final String CLASSPATH = "classpath:";
    private static final OfficialSchemas BUNDLED = new OfficialSchemas();

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    /** One schema: its JSON text as a tree (to look fields up in) and the validator compiled from it. */
    public record Compiled(Standard standard, String version, JsonNode document, JsonSchema schema) {}

    private OfficialSchemas() {
        factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V201909,
                builder -> builder.metaSchemas(Stream.of(
                                        JsonMetaSchema.getV4(),
                                        JsonMetaSchema.getV6(),
                                        JsonMetaSchema.getV7(),
                                        JsonMetaSchema.getV201909(),
                                        JsonMetaSchema.getV202012())
                                .map(OfficialSchemas::quietAboutUnknownKeywords)
                                .toList())
                        .schemaMappers(mappers -> mappers.mapPrefix("https://json-schema.org/", CLASSPATH)
                                .mapPrefix("http://json-schema.org/", CLASSPATH))
                        .schemaLoaders(loaders -> loaders.add(
                                new AllowSchemaLoader(iri -> iri.toString().startsWith(CLASSPATH)))));
        // English whatever the machine's locale, so findings read the same on every developer's machine and CI.
        // Format stays an annotation, as the schemas' own dialect (2019-09) says it is by default.
        config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_POINTER)
                .build();
    }

    /**
     * The official schemas keep their definitions under names the dialect does not know (ODCS's
     * {@code SnowflakeServer} and the like). They are annotations, as the specification says; the validator's
     * default treats them so too but logs a warning for each, which a user would read as a problem of their mesh.
     */
    private static JsonMetaSchema quietAboutUnknownKeywords(JsonMetaSchema dialect) {
        return JsonMetaSchema.builder(dialect)
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
    }

    /** The schemas in the plugin jar. */
    public static OfficialSchemas bundled() {
        return BUNDLED;
    }

    /** The compiled schema that judges {@code apiVersion} of {@code standard}, or null when none does. */
    public Compiled forApiVersion(Standard standard, String apiVersion) {
        return standard.schemaVersion(apiVersion)
                .map(version -> forSchemaVersion(standard, version))
                .orElse(null);
    }

    /** The compiled official schema of {@code version} ("v3.1.0"); fails when the jar lacks it. */
    public Compiled forSchemaVersion(Standard standard, String version) {
        return compiled.computeIfAbsent(standard + " " + version, key -> compile(standard, version));
    }

    private Compiled compile(Standard standard, String version) {
        String resource = standard.resource(version);
        JsonNode document;
        try (InputStream in = OfficialSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + resource);
            }
            document = json.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + resource, unreadable);
        }
        return new Compiled(standard, version, document, compile(CLASSPATH + resource, document));
    }

    /**
     * Compiles a schema document with every {@code $ref} resolved now, so a reference that would need the network
     * fails here, on first use, rather than in the middle of a build.
     */
    JsonSchema compile(String location, JsonNode document) {
        // The document is handed over as a tree, so the location only serves as the base of its $refs.
        JsonSchema schema = factory.getSchema(SchemaLocation.of(location), document, config);
        schema.initializeValidators();
        return schema;
    }
}
