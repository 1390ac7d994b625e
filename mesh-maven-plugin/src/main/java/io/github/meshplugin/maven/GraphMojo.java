package io.github.meshplugin.maven;

import io.github.meshplugin.graph.export.GraphFiles;
import io.github.meshplugin.graph.export.GraphFormat;
import io.github.meshplugin.result.MeshResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the dependency graph for other tools: {@code products.*} and {@code domains.*} in DOT, Mermaid, GraphML
 * and JSON. Reads and checks the mesh like {@code validate} first; by default it writes the graph even when the
 * mesh has errors.
 */
@Mojo(name = "graph", threadSafe = true)
public class GraphMojo extends AbstractMeshMojo {

    /** Where the graph files are written. */
    @Parameter(property = "mesh.graph.outputDirectory", defaultValue = "${project.build.directory}/mesh-graph")
    File outputDirectory;

    /**
     * The formats to write: {@code dot}, {@code mermaid}, {@code graphml}, {@code json}. Example:
     * {@code <formats><format>dot</format><format>graphml</format></formats>}, or
     * {@code -Dmesh.graph.formats=dot,json}.
     */
    @Parameter(property = "mesh.graph.formats", defaultValue = "dot,mermaid,graphml,json")
    List<String> formats;

    /** The severity that fails the build after the graph is written: {@code never} (default), error, warning. */
    @Parameter(property = "mesh.failOn", defaultValue = "never")
    String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the mesh graph (mesh.skip)");
            return;
        }
        var threshold = failOn(failOn);
        Set<GraphFormat> chosen;
        try {
            chosen = GraphFormat.parse(formats);
        } catch (IllegalArgumentException wrong) {
            throw new MojoExecutionException(wrong.getMessage() + " (parameter formats, -Dmesh.graph.formats)");
        }
        MeshResult result = runPipeline(threshold);
        try {
            List<Path> written = new GraphFiles(result.mesh(), result.graph()).write(chosen, outputDirectory.toPath());
            getLog().info("Graph written to " + outputDirectory + ": "
                    + String.join(
                            ", ",
                            written.stream()
                                    .map(path -> path.getFileName().toString())
                                    .toList()));
        } catch (IOException failure) {
            throw new MojoExecutionException(
                    "Could not write the graph to " + outputDirectory + ": " + failure.getMessage(), failure);
        }
        failIfNeeded(threshold, result);
    }
}
