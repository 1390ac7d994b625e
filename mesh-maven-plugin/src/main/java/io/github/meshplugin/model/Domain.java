package io.github.meshplugin.model;

/** A business domain: a folder under {@code domains/}, optionally described by its {@code domain.yaml}. */
public record Domain(String id, String name, String description, String ownerTeam, Source source) {

    public String displayName() {
        return name != null ? name : id;
    }
}
