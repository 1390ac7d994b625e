package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import java.io.File;
import java.util.List;
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
        BuildSettings.Graph graph = new BuildSettings.Graph(path(outputDirectory), formats);
        buildUnlessSkipped(Goal.GRAPH, failOn, BuildSettings.Site.none(), graph);
    }
}
