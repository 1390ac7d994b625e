package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import java.util.Comparator;

/**
 * The analyses of one {@link MeshGraph}, sharing one indexed copy of it and its strongly connected components;
 * each is computed the first time it is asked for. What the rules report and what the site shows come from the
 * same classes.
 */
public final class GraphAnalysis {

    private final MeshGraph graph;
    private final IndexedGraph indexed;
    private StronglyConnectedComponents components;
    private TopologicalLayers layers;
    private Closures closures;
    private MostDependedOn mostDependedOn;
    private DomainCoupling coupling;

    private GraphAnalysis(MeshGraph graph) {
        this.graph = graph;
        this.indexed = IndexedGraph.of(graph);
    }

    public static GraphAnalysis of(MeshGraph graph) {
        return new GraphAnalysis(graph);
    }

    public MeshGraph graph() {
        return graph;
    }

    public StronglyConnectedComponents components() {
        if (components == null) {
            components = new StronglyConnectedComponents(indexed);
        }
        return components;
    }

    public DependencyCycles cycles() {
        return new DependencyCycles(indexed, components());
    }

    public TopologicalLayers layers() {
        if (layers == null) {
            layers = new TopologicalLayers(components());
        }
        return layers;
    }

    public Closures closures() {
        if (closures == null) {
            closures = new Closures(indexed);
        }
        return closures;
    }

    /** Every product's blast radius, each sampling its first {@code sampleSize} dependents in {@code order}. */
    public BlastRadius blastRadius(Comparator<String> order, int sampleSize) {
        return new BlastRadius(components(), order, sampleSize);
    }

    public MostDependedOn mostDependedOn() {
        if (mostDependedOn == null) {
            mostDependedOn = new MostDependedOn(indexed);
        }
        return mostDependedOn;
    }

    public DomainCoupling coupling() {
        if (coupling == null) {
            coupling = new DomainCoupling(graph);
        }
        return coupling;
    }
}
