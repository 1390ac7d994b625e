package io.github.meshplugin.model;

import java.util.List;

/**
 * A property (column, field) of an ODCS schema object. Nested objects and arrays keep their children in
 * {@code properties}. {@code pii} is derived by the reader from the tags and classification it is configured
 * to treat as personal data; ODCS itself has no PII field.
 */
public record Property(String name, String businessName, String logicalType, String physicalType, boolean required,
                       boolean primaryKey, boolean unique, String classification, boolean criticalDataElement,
                       boolean pii, List<String> tags, String description, List<QualityRule> quality,
                       List<Property> properties, Source source) {

    public Property {
        tags = List.copyOf(tags);
        quality = List.copyOf(quality);
        properties = List.copyOf(properties);
    }
}
