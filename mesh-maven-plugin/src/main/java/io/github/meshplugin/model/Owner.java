package io.github.meshplugin.model;

/**
 * The team that owns a product and how we know it: named by the product itself, or inherited from the domain
 * when the product names none.
 */
public record Owner(String teamId, boolean inherited) {}
