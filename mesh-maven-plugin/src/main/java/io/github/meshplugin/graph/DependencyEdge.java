package io.github.meshplugin.graph;

/** A consumer depends on a producer through one contract: the consumer's input port names the contract id. */
public record DependencyEdge(String consumer, String producer, String contractId) {}
