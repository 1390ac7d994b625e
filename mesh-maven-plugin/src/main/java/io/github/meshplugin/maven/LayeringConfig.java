package io.github.meshplugin.maven;

import java.util.List;

/** The POM form of the layering policy (rule MESH-GRAPH-003); it replaces the one in mesh-rules.yaml. */
public class LayeringConfig {

    /** The custom property that names a product's kind; default {@code alignment}. */
    public String property;

    /** The kinds from sources to consumers; default source-aligned, aggregate, consumer-aligned. */
    public List<String> order;
}
