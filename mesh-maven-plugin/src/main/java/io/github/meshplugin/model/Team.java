package io.github.meshplugin.model;

import java.util.List;

/**
 * A team that owns products. Declared in {@code teams/<id>.yaml}, or known only from a product's inline
 * {@code team} block, in which case {@link #declared()} is false and it has no source file of its own.
 */
public record Team(
        String id,
        String name,
        String description,
        List<TeamMember> members,
        List<Contact> contacts,
        boolean declared,
        Source source) {

    public Team {
        members = List.copyOf(members);
        contacts = List.copyOf(contacts);
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
