package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Contact;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Scalar;
import io.github.meshplugin.read.YamlNode.ScalarType;
import io.github.meshplugin.read.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed access to the fields of a YAML map that reports, rather than throws, when a value is missing or has
 * the wrong shape. Paths in messages are written the way people point at YAML: {@code outputPorts[1].contractId}.
 */
public final class Fields {

    private final List<Finding> findings;
    private final String standard;

    public Fields(List<Finding> findings, String standard) {
        this.findings = findings;
        this.standard = standard;
    }

    public String text(Mapping map, String path, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar scalar) {
            return scalar.text() == null || scalar.text().isBlank() ? null : scalar.text();
        }
        wrongType(node, join(path, key), "a text value");
        return null;
    }

    public String requiredText(Mapping map, String path, String key) {
        String value = text(map, path, key);
        if (value == null && (map.get(key) == null || map.get(key) instanceof Scalar)) {
            findings.add(ReadRules.MISSING_FIELD.finding(
                    map.get(key) == null ? map.source() : map.get(key).source(),
                    "`" + join(path, key) + "` is required by " + standard + " but is "
                            + (map.get(key) == null ? "missing" : "empty"),
                    "Add `" + key + ": <value>` " + (path.isEmpty() ? "at the top level" : "to `" + path + "`") + "."));
        }
        return value;
    }

    boolean flag(Mapping map, String path, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return false;
        }
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text());
        }
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.NULL) {
            return false;
        }
        wrongType(node, join(path, key), "true or false");
        return false;
    }

    public Mapping mapping(Mapping map, String path, String key) {
        return node(map, path, key, Mapping.class, "a map");
    }

    /** A list field, or null when it is absent, empty or (reported) not a list. */
    private Sequence sequence(Mapping map, String path, String key) {
        return node(map, path, key, Sequence.class, "a list");
    }

    /** A {@code kind} field, or null when it is absent, empty or (reported: it should be {@code expected}) not one. */
    private <T extends YamlNode> T node(Mapping map, String path, String key, Class<T> kind, String expected) {
        YamlNode node = map.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (kind.isInstance(node)) {
            return kind.cast(node);
        }
        wrongType(node, join(path, key), expected);
        return null;
    }

    /** The map items of a list field; items that are not maps are reported and left out. */
    public List<Mapping> mappings(Mapping map, String path, String key) {
        return each(map, path, key, (item, itemPath) -> item);
    }

    /**
     * One value per map item of a list field, read from the item and its path ({@code key[i]}, the index as in the
     * file); items that are not maps are reported and left out.
     */
    public <T> List<T> each(Mapping map, String path, String key, BiFunction<Mapping, String, T> read) {
        return items(map, path, key, (item, itemPath) -> {
            if (item instanceof Mapping mapping) {
                return read.apply(mapping, itemPath);
            }
            wrongType(item, itemPath, "a map");
            return null;
        });
    }

    /** The {@code description} block both standards share. */
    record Description(String purpose, String limitations, String usage) {}

    /**
     * The {@code description} map. A plain string is a common slip: it is reported, and kept as the purpose so
     * the text still reaches the catalog.
     */
    Description description(Mapping root) {
        if (root.get("description") instanceof Scalar plain && plain.text() != null) {
            findings.add(ReadRules.WRONG_TYPE.finding(
                    plain.source(),
                    "`description` should be a map with `purpose`, `limitations` and `usage` but is a string",
                    "Write `description:` with `purpose: <text>` under it."));
            return new Description(plain.text(), null, null);
        }
        Mapping description = mapping(root, "", "description");
        if (description == null) {
            return new Description(null, null, null);
        }
        return new Description(
                text(description, "description", "purpose"),
                text(description, "description", "limitations"),
                text(description, "description", "usage"));
    }

    /** A list of plain values, such as tags. */
    public List<String> texts(Mapping map, String path, String key) {
        return items(map, path, key, (item, itemPath) -> {
            if (item instanceof Scalar scalar && scalar.text() != null) {
                return scalar.text();
            }
            if (!isNull(item)) {
                wrongType(item, itemPath, "a text value");
            }
            return null;
        });
    }

    /**
     * One value per item of a list field, read from the item and its path ({@code key[i]}, the index as in the
     * file); an item read as null (reported, or nothing to keep) is left out.
     */
    private <T> List<T> items(Mapping map, String path, String key, BiFunction<YamlNode, String, T> read) {
        Sequence sequence = sequence(map, path, key);
        if (sequence == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            T value = read.apply(sequence.items().get(i), join(path, key) + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    List<Contact> contacts(Mapping map, String path, String key) {
        return each(
                map,
                path,
                key,
                (item, itemPath) -> new Contact(
                        requiredText(item, itemPath, "channel"),
                        text(item, itemPath, "tool"),
                        text(item, itemPath, "url"),
                        text(item, itemPath, "scope"),
                        text(item, itemPath, "description")));
    }

    /** Custom properties ({@code - property: x, value: y}) as text; structured values are shown as YAML-ish text. */
    Map<String, String> customProperties(Mapping map, String path) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<Mapping> items = mappings(map, path, "customProperties");
        for (int i = 0; i < items.size(); i++) {
            String name = requiredText(items.get(i), join(path, "customProperties") + "[" + i + "]", "property");
            YamlNode value = items.get(i).get("value");
            if (name != null) {
                properties.put(name, value == null ? "" : render(value));
            }
        }
        return properties;
    }

    /**
     * A custom property whose value is a list of names (a YAML list, or one comma-separated text); null when the
     * property is absent, so "declares nothing" and "declares an empty list" stay apart.
     */
    List<String> customPropertyList(Mapping map, String path, String name) {
        YamlNode items = map.get("customProperties");
        if (!(items instanceof Sequence sequence)) {
            return null;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof Mapping property
                    && property.get("property") instanceof Scalar key
                    && name.equals(key.text())) {
                YamlNode value = property.get("value");
                List<String> names = new ArrayList<>();
                if (value instanceof Sequence list) {
                    list.items().stream()
                            .filter(v -> v instanceof Scalar s && s.text() != null)
                            .forEach(v -> names.add(((Scalar) v).text().trim()));
                } else if (value instanceof Scalar text && text.text() != null) {
                    for (String part : text.text().split(",")) {
                        if (!part.isBlank()) {
                            names.add(part.trim());
                        }
                    }
                }
                return names;
            }
        }
        return null;
    }

    private static String render(YamlNode node) {
        return asText(node, ", ", mapping -> {
            List<String> parts = new ArrayList<>();
            mapping.entries().forEach((k, v) -> parts.add(k + ": " + render(v)));
            return String.join(", ", parts);
        });
    }

    /**
     * A value as one line of text: a scalar as written, a list's items joined by {@code separator}, a map as
     * {@code map} writes it.
     */
    static String asText(YamlNode node, String separator, Function<Mapping, String> map) {
        if (node instanceof Scalar scalar) {
            return scalar.text() == null ? "" : scalar.text();
        }
        if (node instanceof Sequence sequence) {
            return String.join(
                    separator,
                    sequence.items().stream()
                            .map(item -> asText(item, separator, map))
                            .toList());
        }
        return map.apply((Mapping) node);
    }

    private void wrongType(YamlNode node, String path, String expected) {
        findings.add(ReadRules.WRONG_TYPE.finding(
                node.source(),
                "`" + path + "` should be " + expected + " but is " + node.kind(),
                "Write `" + path + "` as " + expected + ", as " + standard + " defines it."));
    }

    static boolean isNull(YamlNode node) {
        return node instanceof Scalar scalar && scalar.type() == ScalarType.NULL;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
