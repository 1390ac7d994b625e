package io.github.meshplugin.graph;

/** How many product dependencies run from products of one domain to products of another. */
public record DomainLink(String consumerDomain, String producerDomain, int edges) {}
