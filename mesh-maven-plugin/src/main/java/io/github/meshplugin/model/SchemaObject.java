package io.github.meshplugin.model;

import java.util.List;

/** An ODCS schema object: a table, topic, file or document, with its properties and object-level quality rules. */
public record SchemaObject(
        String name,
        String physicalName,
        String physicalType,
        String description,
        List<Property> properties,
        List<QualityRule> quality,
        Source source) {

    public SchemaObject {
        properties = List.copyOf(properties);
        quality = List.copyOf(quality);
    }
}
