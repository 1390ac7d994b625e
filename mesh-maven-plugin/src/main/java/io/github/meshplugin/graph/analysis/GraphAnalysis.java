package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The analyses of one mesh's {@link MeshGraph}, made once per build and carried in its result: the rules, the
 * site's view and its exports all read them here, so each is computed at most once and what the rules report is
 * what the site shows. They share one indexed copy of the graph and its strongly connected components; each is
 * computed the first time it is asked for (a goal that never shows a blast radius never computes one), and
 * asking is safe from any thread.
 */
public final class GraphAnalysis {

    private final Mesh mesh;
    private final MeshGraph graph;
    private final IndexedGraph indexed;
    private StronglyConnectedComponents components;
    private DependencyCycles.Result cycles;
    private TopologicalLayers layers;
    private Closures closures;
    private MostDependedOn mostDependedOn;
    private DomainCoupling coupling;
    private List<DataProduct> orphans;

    private GraphAnalysis(Mesh mesh, MeshGraph graph) {
        this.mesh = mesh;
        this.graph = graph;
        this.indexed = IndexedGraph.of(graph);
    }

    /** The analyses of {@code graph}, which was built from {@code mesh}. */
    public static GraphAnalysis of(Mesh mesh, MeshGraph graph) {
        return new GraphAnalysis(mesh, graph);
    }

    public MeshGraph graph() {
        return graph;
    }

    public synchronized StronglyConnectedComponents components() {
        if (components == null) {
            components = new StronglyConnectedComponents(indexed);
        }
        return components;
    }

    /** The dependency cycles, enumerated once within {@link DependencyCycles}' default bounds. */
    public synchronized DependencyCycles.Result cycles() {
        if (cycles == null) {
            cycles = new DependencyCycles(indexed, components()).find();
        }
        return cycles;
    }

    public synchronized TopologicalLayers layers() {
        if (layers == null) {
            layers = new TopologicalLayers(components());
        }
        return layers;
    }

    public synchronized Closures closures() {
        if (closures == null) {
            closures = new Closures(indexed);
        }
        return closures;
    }

    /** Every product's blast radius, each sampling its first {@code sampleSize} dependents in {@code order}. */
    public BlastRadius blastRadius(Comparator<String> order, int sampleSize) {
        return new BlastRadius(components(), order, sampleSize);
    }

    public synchronized MostDependedOn mostDependedOn() {
        if (mostDependedOn == null) {
            mostDependedOn = new MostDependedOn(indexed);
        }
        return mostDependedOn;
    }

    public synchronized DomainCoupling coupling() {
        if (coupling == null) {
            coupling = new DomainCoupling(graph);
        }
        return coupling;
    }

    /** The active products nobody reads ({@link Orphans}), sorted by id. */
    public synchronized List<DataProduct> orphans() {
        if (orphans == null) {
            orphans = Orphans.of(mesh, graph);
        }
        return orphans;
    }

    /**
     * The dependencies that break a layering policy, given as each product's kind and the kinds in order. Not
     * kept: the policy is the rules' to apply, and one rule asks.
     */
    public LayeringViolations.Result layeringViolations(
            Function<DataProduct, Optional<String>> kindOf, List<String> order) {
        return LayeringViolations.of(mesh, graph, kindOf, order);
    }
}
