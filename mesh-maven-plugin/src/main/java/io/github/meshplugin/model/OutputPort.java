package io.github.meshplugin.model;

import java.util.Map;

/**
 * What a product publishes: a port bound to one ODCS contract by id. ODPS keys a port by name and version, so
 * one product may list a port twice while consumers move to a new major version. ODPS gives ports no status, so
 * a port's lifecycle is read from its custom properties: {@code status}, {@code replacedBy}, {@code sunsetDate},
 * the same names products use. {@code contractIdSource} is where the {@code contractId} is written (the port's
 * own place when it has none).
 */
public record OutputPort(
        String name,
        String description,
        String type,
        String version,
        String contractId,
        Source source,
        Map<String, String> customProperties,
        Source contractIdSource) {

    public OutputPort {
        customProperties = customProperties == null ? Map.of() : Map.copyOf(customProperties);
    }

    public OutputPort(String name, String description, String type, String version, String contractId, Source source) {
        this(name, description, type, version, contractId, source, Map.of(), source);
    }

    public Status status() {
        String declared = customProperties.get("status");
        return declared == null ? Status.ACTIVE : Status.parse(declared);
    }
}
