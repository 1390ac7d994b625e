package io.github.meshplugin.rules;

import io.github.meshplugin.diff.MeshChanges;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.model.Mesh;

/**
 * What a rule may look at: the model, the graph computed from it and the graph's analyses (computed once for the
 * whole build: a rule reads them rather than analysing the graph itself), and the changes since the baseline
 * ({@link MeshChanges#none()} when no baseline is configured).
 */
public record MeshContext(Mesh mesh, MeshGraph graph, GraphAnalysis analysis, MeshChanges changes) {

    public MeshContext(Mesh mesh, MeshGraph graph) {
        this(mesh, graph, GraphAnalysis.of(mesh, graph), MeshChanges.none());
    }
}
