package io.github.meshplugin.model;

/**
 * The team that owns a product and how we know it: named by the product itself, or inherited from the domain
 * when the product names none. {@code source} is where the product names its team (null when inherited), so a
 * finding about the name points at it.
 */
public record Owner(String teamId, boolean inherited, Source source) {

    public Owner(String teamId, boolean inherited) {
        this(teamId, inherited, null);
    }
}
