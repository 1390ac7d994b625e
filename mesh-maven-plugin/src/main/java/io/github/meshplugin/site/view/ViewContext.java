package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.GraphAnalysis;

/**
 * What every page family's builder reads: the graph and its analyses, and the indexes, references, scores and
 * long lists shared by all pages of one view.
 */
record ViewContext(
        MeshGraph graph,
        GraphAnalysis analysis,
        MeshIndex index,
        FindingIndex findings,
        Scores scores,
        ProductRefs refs,
        ProductImpact impact,
        LongLists lists,
        ChangeViews changes) {}
