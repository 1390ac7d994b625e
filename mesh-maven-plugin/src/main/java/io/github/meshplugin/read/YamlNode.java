package io.github.meshplugin.read;

import io.github.meshplugin.model.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where every node was written, so each finding can name the file,
 * line and column of the offending value. Built by {@link YamlTreeReader}.
 */
public sealed interface YamlNode {

    Source source();

    /** A word for the node's kind, as messages name it: "a map", "a list", "a string", ... */
    String kind();

    record Scalar(String text, ScalarType type, Source source) implements YamlNode {
        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }

    record Sequence(List<YamlNode> items, Source source) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; {@code keys} holds where each key was written, for findings about the key itself. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Source> keys, Source source) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    enum ScalarType {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }
}
