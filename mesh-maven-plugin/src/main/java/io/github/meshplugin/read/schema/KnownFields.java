package io.github.meshplugin.read.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field names a schema defines for a map, in every alternative and condition: what "did you mean" picks
 * from, and how a field the validator calls unevaluated is told from a field that is really unknown.
 */
final class KnownFields {

    private static final List<String> COMBINERS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> CONDITIONS = List.of("if", "then", "else");

    private final JsonNode document;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    KnownFields(JsonNode document) {
        this.document = document;
    }

    /**
     * The fields defined by the schema object that holds the {@code additionalProperties} or
     * {@code unevaluatedProperties} keyword at {@code keyword}.
     */
    Set<String> around(SchemaLocation keyword) {
        if (keyword == null || keyword.getFragment() == null) {
            return Set.of();
        }
        String pointer = parentPointer(keyword.getFragment());
        return cache.computeIfAbsent(pointer, at -> {
            Set<String> names = new LinkedHashSet<>();
            collect(document.at(at), names, Collections.newSetFromMap(new IdentityHashMap<>()));
            return Collections.unmodifiableSet(names);
        });
    }

    /**
     * The values a field may take, for a finding about it missing: the {@code enum} of its definition in the
     * schema object holding the {@code required} keyword at {@code keyword}, else the standard's own
     * {@code examples} (ODPS and ODCS list the lifecycle statuses that way); empty when there are neither.
     */
    List<String> values(SchemaLocation keyword, String field) {
        if (keyword == null || keyword.getFragment() == null) {
            return List.of();
        }
        JsonNode definition = resolve(document.at(parentPointer(keyword.getFragment()))
                .path("properties")
                .path(field));
        JsonNode values = definition.has("enum") ? definition.get("enum") : definition.path("examples");
        List<String> texts = new ArrayList<>();
        values.forEach(value -> {
            if (value.isValueNode()) {
                texts.add(value.asText());
            }
        });
        return texts;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref != null && ref.isTextual() && ref.asText().startsWith("#")
                ? document.at(ref.asText().substring(1))
                : schema;
    }

    private static String parentPointer(JsonNodePath fragment) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/')
                    .append(String.valueOf(fragment.getElement(i))
                            .replace("~", "~0")
                            .replace("/", "~1"));
        }
        return pointer.toString();
    }

    private void collect(JsonNode schema, Set<String> names, Set<JsonNode> seen) {
        if (schema == null || !schema.isObject() || !seen.add(schema)) {
            return;
        }
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            collect(document.at(ref.asText().substring(1)), names, seen);
        }
        for (String combiner : COMBINERS) {
            schema.path(combiner).forEach(alternative -> collect(alternative, names, seen));
        }
        for (String condition : CONDITIONS) {
            collect(schema.get(condition), names, seen);
        }
        schema.path("dependentSchemas").forEach(dependent -> collect(dependent, names, seen));
    }
}
