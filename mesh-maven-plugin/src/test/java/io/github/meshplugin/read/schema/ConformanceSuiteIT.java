package io.github.meshplugin.read.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin calls a file valid exactly when the standard does. Every official example is broken in the ways people
 * break files (a field removed, a value of the wrong type, a misspelt allowed value, an unknown field, a required
 * field set to null, a key written twice), and for every such file the plugin's verdict (an error from reading the
 * YAML, from the readers or from the schema check, exactly as a mesh build reads it) must be the official verdict:
 * the networknt validator run directly on the file as Jackson reads it, with the official schema of its apiVersion
 * from the standards' own folder. A duplicated key is the one documented difference: Jackson silently keeps the last
 * value, the plugin reports the key (MESH-YAML-002) whatever the schema says.
 */
class ConformanceSuiteIT {

    private static final Path STANDARDS = Path.of("src/test/resources/standards");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Mutations of one kind per example, spread evenly over the document so every depth is reached. */
    private static final int REMOVALS = 30;

    private static final int RETYPES = 25;
    private static final int ENUM_BREAKS = 15;
    private static final int UNKNOWN_FIELDS = 12;
    private static final int RENAMES = 10;
    private static final int NULLS = 20;
    private static final int DUPLICATES = 8;

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger VALID = new AtomicInteger();
    private static final AtomicInteger INVALID = new AtomicInteger();
    private static final AtomicInteger DUPLICATE_KEYS = new AtomicInteger();
    private static final AtomicInteger DUPLICATE_KEYS_VALID_OFFICIALLY = new AtomicInteger();
    private static final AtomicInteger ONE_MISTAKE_ONE_FINDING = new AtomicInteger();

    @TempDir
    static Path mesh;

    /** One broken file: where it came from, what was done to it, its text, and which schema judges it. */
    record Case(
            String example,
            String mutation,
            String text,
            boolean product,
            String fallbackApiVersion,
            boolean exampleValid,
            boolean duplicateKey) {

        String describe() {
            return example + ": " + mutation;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMutationOfEveryOfficialExampleGetsTheOfficialVerdict() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String example : examples()) {
            cases.addAll(mutations(example));
        }
        assertThat(cases).as("cases in the suite").hasSizeGreaterThanOrEqualTo(1000);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.describe(), () -> judge(c)));
    }

    @AfterAll
    static void printTheCounts() {
        System.out.printf(
                "Conformance suite: %d cases, %d valid and %d invalid by the official schemas, the "
                        + "plugin agreeing on every one (%d single mistakes in a valid example, each reported by "
                        + "exactly one finding); %d more with a duplicated key, all reported as MESH-YAML-002 "
                        + "(%d of them valid officially)%n",
                CASES.get(),
                VALID.get(),
                INVALID.get(),
                ONE_MISTAKE_ONE_FINDING.get(),
                DUPLICATE_KEYS.get(),
                DUPLICATE_KEYS_VALID_OFFICIALLY.get());
        assertThat(CASES.get() + DUPLICATE_KEYS.get()).isGreaterThanOrEqualTo(1000);
        assertThat(VALID.get()).as("valid verdicts").isPositive();
        assertThat(INVALID.get()).as("invalid verdicts").isPositive();
    }

    private static void judge(Case c) throws IOException {
        boolean official = officiallyValid(c);
        List<Finding> errors = pluginErrors(c);
        if (c.duplicateKey()) {
            DUPLICATE_KEYS.incrementAndGet();
            if (official) {
                DUPLICATE_KEYS_VALID_OFFICIALLY.incrementAndGet();
            }
            assertThat(errors)
                    .as(c.describe() + ": the plugin reports the duplicated key")
                    .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("MESH-YAML-002"));
            return;
        }
        CASES.incrementAndGet();
        (official ? VALID : INVALID).incrementAndGet();
        assertThat(errors.isEmpty())
                .as(
                        "%s%nofficial verdict: %s%nplugin verdict: %s %s%n--- file ---%n%s",
                        c.describe(),
                        official ? "valid" : "invalid",
                        errors.isEmpty() ? "valid" : "invalid",
                        errors.stream().map(Finding::oneLine).toList(),
                        c.text())
                .isEqualTo(official);
        if (c.exampleValid() && !official) {
            ONE_MISTAKE_ONE_FINDING.incrementAndGet();
            assertThat(errors)
                    .as(c.describe() + ": one mistake in a valid file, one finding")
                    .hasSize(1);
        }
    }

    // ---- the two verdicts ----

    private static final JsonSchemaFactory OFFICIAL = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V201909,
            builder -> builder.schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> false))));
    private static final Map<String, JsonSchema> OFFICIAL_SCHEMAS = new HashMap<>();

    /** The official schema of the file's apiVersion; of the example's when the mutation broke the apiVersion. */
    private static boolean officiallyValid(Case c) throws IOException {
        JsonNode document = YAML.readTree(c.text());
        Standard standard = c.product() ? Standard.ODPS : Standard.ODCS;
        String version = standard.schemaVersion(
                        document.path("apiVersion").isTextual()
                                ? document.path("apiVersion").asText()
                                : null)
                .orElseGet(() -> standard.schemaVersion(c.fallbackApiVersion()).orElseThrow());
        Set<ValidationMessage> errors = officialSchema(standard, version).validate(document);
        return errors.isEmpty();
    }

    private static synchronized JsonSchema officialSchema(Standard standard, String version) {
        return OFFICIAL_SCHEMAS.computeIfAbsent(standard + version, key -> {
            String folder = standard == Standard.ODCS ? "odcs" : "odps";
            Path file = STANDARDS.resolve(folder + "/schema/" + folder + "-json-schema-" + version + ".json");
            try {
                return OFFICIAL.getSchema(
                        SchemaLocation.of(file.toAbsolutePath().toUri().toString()), JSON.readTree(file.toFile()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /** The errors a mesh build reports on the file, read from a product folder as any descriptor or contract. */
    private static synchronized List<Finding> pluginErrors(Case c) throws IOException {
        Path folder = mesh.resolve("domains/conformance/product");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        String name = c.product() ? "product.odps.yaml" : "contract.odcs.yaml";
        Files.writeString(folder.resolve(name), c.text(), StandardCharsets.UTF_8);
        return new MeshReader(ReadOptions.defaults())
                .read(mesh).findings().stream()
                        .filter(f -> f.source().file().equals("domains/conformance/product/" + name))
                        .filter(f -> f.severity() == Severity.ERROR)
                        .toList();
    }

    // ---- the mutations ----

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARDS)) {
            return files.map(f -> STANDARDS.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".odcs.yaml") || f.endsWith(".odps.yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Case> mutations(String example) throws IOException {
        String original = Files.readString(STANDARDS.resolve(example), StandardCharsets.UTF_8);
        JsonNode document = YAML.readTree(original);
        boolean product = example.endsWith(".odps.yaml");
        String apiVersion = document.path("apiVersion").asText();
        Standard standard = product ? Standard.ODPS : Standard.ODCS;
        JsonNode schema = JSON.readTree(STANDARDS
                .resolve((product ? "odps" : "odcs") + "/schema/"
                        + (product ? "odps" : "odcs") + "-json-schema-"
                        + standard.schemaVersion(apiVersion).orElseThrow()
                        + ".json")
                .toFile());
        Map<String, Set<String>> enums = enumsByField(schema);
        Set<String> required = requiredFields(schema);

        List<Field> fields = fields(document);
        List<String> containers = containers(document);
        List<Case> cases = new ArrayList<>();
        boolean exampleValid = officialSchema(
                        standard, standard.schemaVersion(apiVersion).orElseThrow())
                .validate(document)
                .isEmpty();
        Mutator mutator = new Mutator(example, document, product, apiVersion, exampleValid, cases);

        mutator.add("unchanged", doc -> {});
        for (Field field : spread(fields, REMOVALS)) {
            mutator.add(
                    "remove `" + field.path() + "`", doc -> parent(doc, field).remove(field.key()));
        }
        for (Field field :
                spread(fields.stream().filter(f -> retyped(f.value()) != null).toList(), RETYPES)) {
            JsonNode replacement = retyped(field.value());
            mutator.add(
                    "make `" + field.path() + "` " + kind(replacement) + " instead of " + kind(field.value()),
                    doc -> parent(doc, field).set(field.key(), replacement));
        }
        List<Field> enumFields = fields.stream()
                .filter(f -> f.value().isTextual()
                        && enums.getOrDefault(f.key(), Set.of())
                                .contains(f.value().asText()))
                .toList();
        for (Field field : spread(enumFields, ENUM_BREAKS)) {
            String misspelt = misspell(field.value().asText(), enums.get(field.key()));
            mutator.add(
                    "misspell `" + field.path() + "` as '" + misspelt + "'",
                    doc -> parent(doc, field).put(field.key(), misspelt));
        }
        for (String container : spread(containers, UNKNOWN_FIELDS)) {
            mutator.add(
                    "add an unknown field to `" + (container.isEmpty() ? "/" : container) + "`",
                    doc -> ((ObjectNode) doc.at(container)).put("notInTheStandard", "surprise"));
        }
        for (Field field : spread(fields, RENAMES)) {
            String misspelt = misspell(field.key(), Set.of());
            mutator.add("rename `" + field.path() + "` to `" + misspelt + "`", doc -> {
                ObjectNode parent = parent(doc, field);
                if (!parent.has(misspelt)) {
                    parent.set(misspelt, parent.remove(field.key()));
                }
            });
        }
        for (Field field :
                spread(fields.stream().filter(f -> required.contains(f.key())).toList(), NULLS)) {
            mutator.add(
                    "set `" + field.path() + "` to null",
                    doc -> parent(doc, field).set(field.key(), NullNode.getInstance()));
        }
        for (Duplicate duplicate : spread(duplicates(original), DUPLICATES)) {
            cases.add(new Case(
                    example,
                    "write line " + duplicate.line() + " twice (`" + duplicate.key() + "`)",
                    duplicate.text(),
                    product,
                    apiVersion,
                    exampleValid,
                    true));
        }
        return cases;
    }

    /** Applies one change to a fresh copy of the example and writes it out as YAML. */
    private record Mutator(
            String example,
            JsonNode document,
            boolean product,
            String apiVersion,
            boolean exampleValid,
            List<Case> cases) {

        void add(String description, Consumer<JsonNode> change) {
            JsonNode copy = document.deepCopy();
            change.accept(copy);
            try {
                cases.add(new Case(
                        example, description, YAML.writeValueAsString(copy), product, apiVersion, exampleValid, false));
            } catch (JsonProcessingException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
    }

    /** A field of a map in the document: the map's JSON pointer, the key, its value and its readable path. */
    private record Field(String parent, String key, JsonNode value, String path) {}

    private static List<Field> fields(JsonNode document) {
        List<Field> fields = new ArrayList<>();
        walk(document, "", "", (pointer, path, node) -> {
            Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.add(new Field(
                        pointer,
                        entry.getKey(),
                        entry.getValue(),
                        path.isEmpty() ? entry.getKey() : path + "." + entry.getKey()));
            }
        });
        return fields;
    }

    private static List<String> containers(JsonNode document) {
        List<String> maps = new ArrayList<>();
        walk(document, "", "", (pointer, path, node) -> maps.add(pointer));
        // Deepest maps last, so spreading the picks reaches every depth.
        maps.sort(Comparator.comparingInt((String p) -> p.split("/").length));
        return maps;
    }

    private interface MapVisitor {
        void visit(String pointer, String path, JsonNode map);
    }

    private static void walk(JsonNode node, String pointer, String path, MapVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(pointer, path, node);
            node.properties()
                    .iterator()
                    .forEachRemaining(entry -> walk(
                            entry.getValue(),
                            pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
                            path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
                            visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, path + "[" + i + "]", visitor);
            }
        }
    }

    private static ObjectNode parent(JsonNode document, Field field) {
        return (ObjectNode) document.at(field.parent());
    }

    /** The type change people make by mistake: text where a number belongs, a map for a list, text for a map. */
    private static JsonNode retyped(JsonNode value) {
        if (value.isTextual()) {
            return IntNode.valueOf(42);
        }
        if (value.isArray()) {
            ObjectNode map = JSON.createObjectNode();
            map.set(
                    "item",
                    value.isEmpty() ? TextNode.valueOf("x") : value.get(0).deepCopy());
            return map;
        }
        if (value.isObject()) {
            return TextNode.valueOf("a sentence instead of a map");
        }
        return null;
    }

    private static String kind(JsonNode value) {
        return value.isTextual()
                ? "a string"
                : value.isNumber()
                        ? "a number"
                        : value.isArray()
                                ? "a list"
                                : value.isObject()
                                        ? "a map"
                                        : value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** A plausible slip of the fingers: two letters swapped, or the last one dropped, never another allowed value. */
    static String misspell(String word, Set<String> allowed) {
        List<String> tries = new ArrayList<>();
        if (word.length() >= 3 && word.charAt(1) != word.charAt(2)) {
            tries.add(word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3));
        }
        if (word.length() >= 2) {
            tries.add(word.substring(0, word.length() - 1));
        }
        tries.add(word + "x");
        return tries.stream()
                .filter(t -> !allowed.contains(t) && !t.equals(word))
                .findFirst()
                .orElseThrow();
    }

    /** Every property of the schema whose values are an enumeration of strings: name -> the allowed values. */
    private static Map<String, Set<String>> enumsByField(JsonNode schema) {
        Map<String, Set<String>> enums = new LinkedHashMap<>();
        schema.findParents("properties")
                .forEach(parent -> parent.path("properties").properties().forEach(p -> {
                    JsonNode values = p.getValue().path("enum");
                    if (values.isArray() && !values.isEmpty() && values.get(0).isTextual()) {
                        values.forEach(v -> enums.computeIfAbsent(p.getKey(), k -> new TreeSet<>())
                                .add(v.asText()));
                    }
                }));
        return enums;
    }

    private static Set<String> requiredFields(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.findValues("required").forEach(list -> {
            if (list.isArray()) {
                list.forEach(name -> required.add(name.asText()));
            }
        });
        return required;
    }

    /** A line of the original text written a second time, right below itself. */
    private record Duplicate(int line, String key, String text) {}

    private static List<Duplicate> duplicates(String original) {
        List<String> lines = original.lines().toList();
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = Pattern.compile("^( *)([A-Za-z_][A-Za-z0-9_.-]*): +([^\\s|>&*\\[{#'\"-][^#]*)$")
                    .matcher(lines.get(i));
            if (!line.matches()) {
                continue;
            }
            int indent = line.group(1).length();
            boolean continued = i + 1 < lines.size()
                    && !lines.get(i + 1).isBlank()
                    && lines.get(i + 1).length()
                                    - lines.get(i + 1).stripLeading().length()
                            > indent;
            if (continued) {
                continue;
            }
            List<String> copy = new ArrayList<>(lines);
            copy.add(i + 1, lines.get(i));
            String text = String.join("\n", copy) + "\n";
            try {
                // Same tree means a real duplicate key (the last one wins): not a line inside a block of text.
                if (!YAML.readTree(text).equals(YAML.readTree(original))) {
                    continue;
                }
            } catch (IOException notYaml) {
                continue;
            }
            duplicates.add(new Duplicate(i + 1, line.group(2), text));
        }
        return duplicates;
    }

    /** At most {@code count} items, evenly spaced over the list, always the same ones. */
    private static <T> List<T> spread(List<T> items, int count) {
        if (items.size() <= count) {
            return items;
        }
        Set<Integer> picked = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            picked.add((int) ((long) i * items.size() / count));
        }
        return picked.stream().map(items::get).toList();
    }
}
