package io.github.meshplugin.model;

/** What a product publishes: a port bound to one ODCS contract by id. */
public record OutputPort(String name, String description, String type, String version, String contractId,
                         Source source) {
}
