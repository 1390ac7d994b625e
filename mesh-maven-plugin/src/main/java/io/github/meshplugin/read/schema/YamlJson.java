package io.github.meshplugin.read.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Scalar;
import io.github.meshplugin.read.YamlNode.Sequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link YamlNode} tree into the JSON tree a JSON Schema judges, keeping the types YAML gave the scalars:
 * {@code port: 5432} stays a number and {@code port: "5432"} a string, exactly as a YAML-reading tool sees them.
 */
public final class YamlJson {

    /**
     * Aliases let a small file describe a huge tree ({@code b: [*a, *a]}, {@code c: [*b, *b]}, ...); the tree
     * reader caps the aliases, not what they expand to. Descriptors are a few thousand values at most.
     */
    public static final long MAX_VALUES = 1_000_000;

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private YamlJson() {}

    /** The JSON tree of {@code node}, or empty when its aliases expand to more than {@link #MAX_VALUES} values. */
    public static Optional<JsonNode> toJson(YamlNode node) {
        if (expandedSize(node, new IdentityHashMap<>()) > MAX_VALUES) {
            return Optional.empty();
        }
        return Optional.of(convert(node));
    }

    /** Counts values as a walk would meet them, sharing the count of aliased subtrees so this walk stays small. */
    private static long expandedSize(YamlNode node, Map<YamlNode, Long> known) {
        Long size = known.get(node);
        if (size != null) {
            return size;
        }
        long total = 1;
        if (node instanceof Mapping mapping) {
            for (YamlNode value : mapping.entries().values()) {
                total = Math.min(MAX_VALUES + 1, total + expandedSize(value, known));
            }
        } else if (node instanceof Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                total = Math.min(MAX_VALUES + 1, total + expandedSize(item, known));
            }
        }
        known.put(node, total);
        return total;
    }

    private static JsonNode convert(YamlNode node) {
        if (node instanceof Mapping mapping) {
            ObjectNode object = NODES.objectNode();
            mapping.entries().forEach((key, value) -> object.set(key, convert(value)));
            return object;
        }
        if (node instanceof Sequence sequence) {
            ArrayNode array = NODES.arrayNode();
            sequence.items().forEach(item -> array.add(convert(item)));
            return array;
        }
        return scalar((Scalar) node);
    }

    static JsonNode scalar(Scalar scalar) {
        return switch (scalar.type()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode(isTrue(scalar.text()));
            case NUMBER -> number(scalar.text());
            case STRING -> NODES.textNode(scalar.text());
        };
    }

    /** YAML 1.1 spellings, the ones the parser resolves to booleans: {@code yes}, {@code on}, {@code y}. */
    private static boolean isTrue(String text) {
        String word = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return word.equals("true") || word.equals("yes") || word.equals("y") || word.equals("on");
    }

    /**
     * A number as written: the parser hands over the text, so YAML's own notations (underscores, {@code 0x},
     * {@code 0b}, a leading zero for octal, {@code .inf}) are decoded here the way the parser decodes them.
     */
    static JsonNode number(String text) {
        String plain = text.replace("_", "");
        boolean negative = plain.startsWith("-");
        String digits = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(1) : plain;
        try {
            BigInteger integer = null;
            if (digits.matches("[0-9]+")) {
                integer = digits.length() > 1 && digits.startsWith("0")
                        ? new BigInteger(digits, 8)
                        : new BigInteger(digits);
            } else if (digits.matches("0[xX][0-9a-fA-F]+")) {
                integer = new BigInteger(digits.substring(2), 16);
            } else if (digits.matches("0[bB][01]+")) {
                integer = new BigInteger(digits.substring(2), 2);
            } else if (digits.matches("0[oO][0-7]+")) {
                integer = new BigInteger(digits.substring(2), 8);
            }
            if (integer != null) {
                return integral(negative ? integer.negate() : integer);
            }
            String lower = digits.toLowerCase(Locale.ROOT);
            if (lower.equals(".inf")) {
                return NODES.numberNode(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            if (lower.equals(".nan")) {
                return NODES.numberNode(Double.NaN);
            }
            return NODES.numberNode(new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain));
        } catch (NumberFormatException unusual) {
            // Only a notation the parser accepts and this method does not know ends here; its text is still a value.
            return NODES.textNode(text);
        }
    }

    private static JsonNode integral(BigInteger value) {
        if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return NODES.numberNode(value.intValue());
        }
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }
}
