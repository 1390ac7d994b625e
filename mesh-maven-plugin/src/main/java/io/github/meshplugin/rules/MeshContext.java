package io.github.meshplugin.rules;

import io.github.meshplugin.diff.MeshChanges;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;

/**
 * What a rule may look at: the model, the graph computed from it, and the changes since the baseline
 * ({@link MeshChanges#none()} when no baseline is configured).
 */
public record MeshContext(Mesh mesh, MeshGraph graph, MeshChanges changes) {

    public MeshContext(Mesh mesh, MeshGraph graph) {
        this(mesh, graph, MeshChanges.none());
    }
}
