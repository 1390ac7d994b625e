package io.github.meshplugin.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON Schema of an object: its properties become the properties of one schema object, nested objects
 * objects, arrays arrays with their items; {@code required} marks required properties, a type list with
 * {@code "null"} an optional one; string formats {@code date}, {@code date-time} and {@code time} become the
 * logical types date, timestamp and time. Local references ({@code #/$defs/...}, {@code #/definitions/...}) are
 * followed.
 */
final class JsonSchemas {

    private static final int MAX_DEPTH = 32;

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode root;

    List<SchemaTable> read(String text, String fallbackName) throws ImportException {
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException unparseable) {
            throw new ImportException("Cannot parse the JSON Schema: " + unparseable.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("properties").isObject()) {
            throw new ImportException("The JSON Schema describes no object with `properties`.");
        }
        String name = root.path("title").asText("").isBlank()
                ? fallbackName
                : root.path("title").asText();
        String description =
                root.path("description").isTextual() ? root.path("description").asText() : null;
        return List.of(new SchemaTable(name, "object", description, properties(root, 0, new HashSet<>())));
    }

    private List<Field> properties(JsonNode object, int depth, Set<String> seen) throws ImportException {
        if (depth > MAX_DEPTH) {
            throw new ImportException("The JSON Schema nests deeper than " + MAX_DEPTH + " levels (is it recursive?).");
        }
        Set<String> required = new HashSet<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
            Field field = field(property.getKey(), property.getValue(), depth, seen);
            fields.add(field.required(required.contains(property.getKey()) && field.required()));
        }
        return fields;
    }

    /** A property; required() is false when its type admits null, true otherwise (the caller adds `required`). */
    private Field field(String name, JsonNode node, int depth, Set<String> seen) throws ImportException {
        JsonNode schema = resolve(node, seen);
        boolean nullable = false;
        String type = null;
        JsonNode types = schema.path("type");
        if (types.isArray()) {
            for (JsonNode each : types) {
                if (each.asText().equals("null")) {
                    nullable = true;
                } else if (type == null) {
                    type = each.asText();
                }
            }
        } else if (types.isTextual()) {
            type = types.asText();
        } else if (schema.path("properties").isObject()) {
            type = "object";
        }
        Field field = typed(name, type == null ? "" : type, schema, depth, seen);
        if (schema.path("description").isTextual()) {
            field = field.described(schema.path("description").asText());
        }
        return field.required(!nullable);
    }

    private Field typed(String name, String type, JsonNode schema, int depth, Set<String> seen) throws ImportException {
        String format = schema.path("format").asText("");
        return switch (type) {
            case "string" ->
                switch (format) {
                    case "date" -> Field.of(name, "date", "string");
                    case "date-time" -> Field.of(name, "timestamp", "string");
                    case "time" -> Field.of(name, "time", "string");
                    default ->
                        Field.of(name, "string", "string")
                                .format(format.isEmpty() ? null : format)
                                .maxLength(
                                        schema.path("maxLength").isInt()
                                                ? schema.path("maxLength").asInt()
                                                : null);
                };
            case "integer" -> Field.of(name, "integer", "integer");
            case "number" -> Field.of(name, "number", "number");
            case "boolean" -> Field.of(name, "boolean", "boolean");
            case "object" -> Field.of(name, "object", "object").withProperties(properties(schema, depth + 1, seen));
            case "array" -> {
                JsonNode items = schema.path("items");
                Field item = items.isObject()
                        ? field(null, items, depth + 1, seen).required(false)
                        : Field.of(null, "string", null);
                yield Field.of(name, "array", "array").withItems(item);
            }
            default -> Field.of(name, null, type.isEmpty() ? "any" : type);
        };
    }

    private JsonNode resolve(JsonNode node, Set<String> seen) throws ImportException {
        JsonNode current = node;
        int hops = 0;
        while (current.path("$ref").isTextual()) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/") || ++hops > MAX_DEPTH) {
                throw new ImportException("Cannot follow the reference " + ref + ": only references inside the file ("
                        + "#/$defs/..., #/definitions/...) are read.");
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new ImportException("The reference " + ref + " points at nothing in the file.");
            }
        }
        return current;
    }
}
