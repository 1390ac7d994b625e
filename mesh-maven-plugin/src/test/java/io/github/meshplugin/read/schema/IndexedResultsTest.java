package io.github.meshplugin.read.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema check keeps the validator's results in its own record, for speed; the validator must say exactly
 * what it says with its own: the same messages, in number and in words, on every official example and on copies
 * of each broken at places spread over it, either by an unknown field added to a map (which
 * {@code unevaluatedProperties} judges after the branches of {@code oneOf}, {@code anyOf} and {@code if} have
 * failed or held) or by a map written where something else was expected (which fails those branches).
 */
class IndexedResultsTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/standards");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final int PLACES = 25;

    @TestFactory
    Stream<DynamicTest> theValidatorSaysTheSameWithEitherRecordOfResults() throws IOException {
        List<Path> examples;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            examples = walk.filter(file -> file.toString().contains("examples")
                            && file.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(examples).hasSizeGreaterThan(10);
        return examples.stream()
                .map(example ->
                        DynamicTest.dynamicTest(EXAMPLES.relativize(example).toString(), () -> {
                            Standard standard =
                                    example.toString().endsWith(".odps.yaml") ? Standard.ODPS : Standard.ODCS;
                            JsonNode document = YAML.readTree(example.toFile());
                            OfficialSchemas.Compiled compiled = OfficialSchemas.bundled()
                                    .forApiVersion(
                                            standard,
                                            document.path("apiVersion").asText(null));
                            if (compiled == null) {
                                return;
                            }
                            int broken = 0;
                            for (JsonNode variant : variants(document)) {
                                List<String> own = messages(compiled.schema().validate(variant));
                                assertThat(messages(indexed(compiled.schema(), variant)))
                                        .isEqualTo(own);
                                broken += own.isEmpty() ? 0 : 1;
                            }
                            assertThat(broken).isPositive();
                        }));
    }

    private static Set<ValidationMessage> indexed(JsonSchema schema, JsonNode document) {
        return schema.validate(
                IndexedResults.execution(schema.createExecutionContext().getExecutionConfig()),
                document,
                OutputFormat.DEFAULT);
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(message -> message.getEvaluationPath() + " " + message)
                .sorted()
                .toList();
    }

    /**
     * The document itself, and copies broken at its maps and values: at most {@link #PLACES} places, spread evenly
     * over the document, so the largest examples do not take minutes.
     */
    private static List<JsonNode> variants(JsonNode document) {
        List<JsonNode> variants = new ArrayList<>(List.of(document));
        List<String> pointers = new ArrayList<>();
        pointers(document, "", pointers);
        int stride = Math.max(1, pointers.size() / PLACES);
        for (int place = 0; place < pointers.size(); place += stride) {
            String pointer = pointers.get(place);
            JsonNode copy = document.deepCopy();
            JsonNode at = copy.at(pointer);
            if (at instanceof ObjectNode map) {
                map.put("notAFieldOfTheStandard", true);
                variants.add(copy);
            }
            copy = document.deepCopy();
            int cut = pointer.lastIndexOf('/');
            if (cut >= 0) {
                JsonNode parent = copy.at(pointer.substring(0, cut));
                String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
                ObjectNode replacement = YAML.createObjectNode().put("unexpected", 1);
                if (parent instanceof ObjectNode map) {
                    map.set(last, replacement);
                    variants.add(copy);
                } else if (parent instanceof ArrayNode list) {
                    list.set(Integer.parseInt(last), replacement);
                    variants.add(copy);
                }
            }
        }
        return variants;
    }

    private static void pointers(JsonNode node, String at, List<String> into) {
        into.add(at);
        if (node instanceof ObjectNode map) {
            map.fieldNames()
                    .forEachRemaining(name -> pointers(
                            map.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), into));
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                pointers(list.get(i), at + "/" + i, into);
            }
        }
    }
}
