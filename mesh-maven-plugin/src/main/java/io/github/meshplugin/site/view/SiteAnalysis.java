package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.result.MeshResult;

/**
 * Where the site takes the graph analyses from (blast radius, layers, cycles, rankings, coupling, closures): one
 * place, so that the pages and the files for machines read the same analyses of the build's graph.
 */
public final class SiteAnalysis {

    private SiteAnalysis() {}

    public static GraphAnalysis of(MeshResult result) {
        return GraphAnalysis.of(result.graph());
    }
}
