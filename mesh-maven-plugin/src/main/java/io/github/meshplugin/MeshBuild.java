package io.github.meshplugin;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the pipeline once: read the mesh, build the graph, check the rules. Every goal starts here and takes
 * the stage it needs from the {@link Result}. Knows nothing of Maven.
 */
public final class MeshBuild {

    private final ReadOptions readOptions;
    private final RuleSet rules;

    public MeshBuild(ReadOptions readOptions, RuleSet rules) {
        this.readOptions = readOptions;
        this.rules = rules;
    }

    public static MeshBuild defaults() {
        return new MeshBuild(ReadOptions.defaults(), RuleSet.defaults());
    }

    /** The outcome of one run: the model, its graph, every finding (sorted), and the rules that were checked. */
    public record Result(Mesh mesh, MeshGraph graph, List<Finding> findings, RuleSet rules) {
    }

    public Result run(Path meshRoot) {
        MeshReader.Result read = new MeshReader(readOptions).read(meshRoot.toAbsolutePath().normalize());
        MeshGraph graph = MeshGraph.of(read.mesh());
        Findings findings = new Findings();
        findings.addAll(read.findings());
        findings.addAll(rules.check(new MeshContext(read.mesh(), graph)));
        List<Finding> attributed = findings.sorted().stream()
                .map(finding -> finding.subject() != null ? finding : attribute(finding, read.mesh()))
                .toList();
        return new Result(read.mesh(), graph, attributed, rules);
    }

    /** A finding in a file under a product's folder belongs to that product. */
    private static Finding attribute(Finding finding, Mesh mesh) {
        String file = finding.source().file();
        for (DataProduct product : mesh.products()) {
            if (product.id() != null && (file.equals(product.folder()) || file.startsWith(product.folder() + "/"))) {
                return finding.withSubject(product.id());
            }
        }
        return finding;
    }
}
