package io.github.meshplugin.read.schema;

import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Places in a YAML document: written the way people point at YAML ({@code schema[0].properties[3].logicalType})
 * and followed back to the node, and so to the file, line and column where it was written.
 */
final class YamlPath {

    private YamlPath() {}

    /** {@code schema[0].properties[3].logicalType}; the empty string for the document itself. */
    static String text(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                String key = String.valueOf(element);
                if (key.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                    text.append(text.isEmpty() ? "" : ".").append(key);
                } else {
                    text.append("[\"")
                            .append(key.replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\"]");
                }
            }
        }
        return text.toString();
    }

    /** {@code path} followed by the key {@code field}. */
    static String text(List<Object> path, String field) {
        List<Object> full = new ArrayList<>(path);
        full.add(field);
        return text(full);
    }

    /** The node at {@code path}, or the deepest node on the way there that exists. */
    static YamlNode node(Mapping root, List<Object> path) {
        YamlNode node = root;
        for (Object element : path) {
            YamlNode next = null;
            if (node instanceof Mapping mapping) {
                next = mapping.get(String.valueOf(element));
            } else if (node instanceof Sequence sequence
                    && element instanceof Integer index
                    && index >= 0
                    && index < sequence.items().size()) {
                next = sequence.items().get(index);
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    /** Where the key {@code field} of the map at {@code path} was written; the map itself if it has no such key. */
    static Source keySource(Mapping root, List<Object> path, String field) {
        YamlNode parent = node(root, path);
        if (parent instanceof Mapping mapping && mapping.keys().get(field) != null) {
            return mapping.keys().get(field);
        }
        return parent.source();
    }
}
