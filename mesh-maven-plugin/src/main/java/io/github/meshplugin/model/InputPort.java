package io.github.meshplugin.model;

import java.util.List;

/**
 * What a product consumes: the id (and version) of a contract another product publishes. {@code usedProperties}
 * are the contract's properties the consumer declares it reads (the {@code usedProperties} custom property of
 * the port); null when it declares none, which means it may read every property. {@code contractIdSource} is
 * where the {@code contractId} is written (the port's own place when it has none), for findings about the id.
 */
public record InputPort(
        String name,
        String version,
        String contractId,
        Source source,
        List<String> usedProperties,
        Source contractIdSource) {

    /** The custom property of an input port that lists the contract properties the consumer reads. */
    public static final String USED_PROPERTIES = "usedProperties";

    public InputPort {
        usedProperties = usedProperties == null ? null : List.copyOf(usedProperties);
    }

    public InputPort(String name, String version, String contractId, Source source, List<String> usedProperties) {
        this(name, version, contractId, source, usedProperties, source);
    }

    public InputPort(String name, String version, String contractId, Source source) {
        this(name, version, contractId, source, null);
    }

    /** Whether this consumer reads the property: always, unless it declared what it uses. */
    public boolean uses(String propertyName) {
        return usedProperties == null || usedProperties.contains(propertyName);
    }
}
