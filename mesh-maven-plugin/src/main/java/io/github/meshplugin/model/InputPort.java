package io.github.meshplugin.model;

/** What a product consumes: the id (and version) of a contract another product publishes. */
public record InputPort(String name, String version, String contractId, Source source) {
}
