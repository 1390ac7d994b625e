package io.github.meshplugin.build;

/** What a build is for; each goal asks for the stages it needs, all of them run by {@link MeshBuild}. */
public enum Goal {
    /** Read, graph and analyses, compare, rules, then the findings summary and the reports. */
    VALIDATE("validate"),
    /** As {@link #VALIDATE}, then the graph files. */
    GRAPH("graph"),
    /** As {@link #VALIDATE}, then the catalog: view, pages and exports, written in one swap. */
    SITE("site");

    private final String word;

    Goal(String word) {
        this.word = word;
    }

    /** The goal's name, as {@code mesh:<name>} runs it. */
    public String word() {
        return word;
    }
}
