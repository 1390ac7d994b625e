package io.github.meshplugin.model;

public record TeamMember(String username, String name, String role, String email, String description) {

    public String displayName() {
        return name != null ? name : username;
    }
}
