package io.github.meshplugin.rules;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;

/** What a rule may look at: the model and the graph computed from it. */
public record MeshContext(Mesh mesh, MeshGraph graph) {
}
