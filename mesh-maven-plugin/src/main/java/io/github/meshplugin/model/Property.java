package io.github.meshplugin.model;

import java.util.List;
import java.util.Map;

/**
 * A property (column, field) of an ODCS schema object. Nested objects and arrays keep their children in
 * {@code properties}. {@code pii} is derived by the reader from the tags and classification it is configured
 * to treat as personal data; ODCS itself has no PII field.
 * {@code validValues} is the allowed set from an {@code invalidValues} quality check, empty when the contract sets
 * none; {@code logicalTypeOptions} are the type's limits ({@code maxLength}, {@code format}, ...) as written.
 */
public record Property(
        String name,
        String businessName,
        String logicalType,
        String physicalType,
        boolean required,
        boolean primaryKey,
        boolean unique,
        String classification,
        boolean criticalDataElement,
        boolean pii,
        List<String> tags,
        String description,
        List<QualityRule> quality,
        List<Property> properties,
        Source source,
        List<String> validValues,
        Map<String, String> logicalTypeOptions) {

    public Property {
        tags = List.copyOf(tags);
        quality = List.copyOf(quality);
        properties = List.copyOf(properties);
        validValues = validValues == null ? List.of() : List.copyOf(validValues);
        logicalTypeOptions = logicalTypeOptions == null ? Map.of() : Map.copyOf(logicalTypeOptions);
    }
}
