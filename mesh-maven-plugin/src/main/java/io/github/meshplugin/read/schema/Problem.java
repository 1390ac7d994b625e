package io.github.meshplugin.read.schema;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing the schema found wrong, in the terms findings are written in: what kind of mistake, where in the
 * document (as keys and list indexes), and which field or types it concerns. Made from a validator message, or
 * merged from several of them when they describe one mistake.
 */
final class Problem {

    /** In order of preference when several problems are reported for the same place. */
    enum Kind {
        REQUIRED,
        REQUIRED_ONE_OF,
        TYPE,
        ENUM,
        UNKNOWN_FIELD,
        NOT_ALLOWED_HERE,
        CONSTRAINT
    }

    final Kind kind;
    /** Where the validator looked: keys (String) and list indexes (Integer), from the document's root. */
    final List<Object> at;
    /** The missing or unknown field; null for other kinds. */
    final String field;
    /**
     * For TYPE: the JSON types that would have been accepted. For REQUIRED_ONE_OF: the fields to choose from. For
     * NOT_ALLOWED_HERE: the fields the schema defines but not in this combination.
     */
    final Set<String> expected;
    /** The validator's message this came from; for a problem merged from several, the first of them. */
    final ValidationMessage message;
    /** The keywords and names the validator passed through to get here, as in the message's evaluation path. */
    final List<String> evaluation;

    Problem(
            Kind kind,
            List<Object> at,
            String field,
            Set<String> expected,
            ValidationMessage message,
            List<String> evaluation) {
        this.kind = kind;
        this.at = List.copyOf(at);
        this.field = field;
        this.expected = expected;
        this.message = message;
        this.evaluation = evaluation;
    }

    static Problem of(ValidationMessage message) {
        List<Object> at = elements(message.getInstanceLocation());
        List<String> evaluation = elements(message.getEvaluationPath()).stream()
                .map(String::valueOf)
                .toList();
        String keyword = message.getType() == null ? "" : message.getType();
        return switch (keyword) {
            case "required" -> new Problem(Kind.REQUIRED, at, fieldOf(message), Set.of(), message, evaluation);
            case "type" -> new Problem(Kind.TYPE, at, null, typesOf(message), message, evaluation);
            case "enum" -> new Problem(Kind.ENUM, at, null, Set.of(), message, evaluation);
            case "additionalProperties", "unevaluatedProperties" ->
                new Problem(Kind.UNKNOWN_FIELD, at, fieldOf(message), Set.of(), message, evaluation);
            default -> new Problem(Kind.CONSTRAINT, at, null, Set.of(), message, evaluation);
        };
    }

    /** Where a finding about this problem belongs: a missing or unknown field has a place of its own. */
    String place() {
        return place(
                at,
                switch (kind) {
                    case REQUIRED_ONE_OF -> "(one of)";
                    case NOT_ALLOWED_HERE -> "(not allowed here)";
                    default -> field;
                });
    }

    static String place(List<Object> at, String field) {
        StringBuilder place = new StringBuilder();
        at.forEach(element -> place.append('/').append(element));
        return field == null
                ? place.toString()
                : place.append("/@").append(field).toString();
    }

    private static String fieldOf(ValidationMessage message) {
        if (message.getProperty() != null) {
            return message.getProperty();
        }
        Object[] arguments = message.getArguments();
        return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    private static Set<String> typesOf(ValidationMessage message) {
        Set<String> types = new LinkedHashSet<>();
        if (message.getSchemaNode() != null && message.getSchemaNode().isArray()) {
            message.getSchemaNode().forEach(type -> types.add(type.asText()));
        } else if (message.getSchemaNode() != null && message.getSchemaNode().isTextual()) {
            types.add(message.getSchemaNode().asText());
        } else if (message.getArguments() != null && message.getArguments().length > 1) {
            types.add(String.valueOf(message.getArguments()[1]));
        }
        return types;
    }

    static List<Object> elements(JsonNodePath path) {
        List<Object> elements = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                elements.add(path.getElement(i));
            }
        }
        return elements;
    }
}
