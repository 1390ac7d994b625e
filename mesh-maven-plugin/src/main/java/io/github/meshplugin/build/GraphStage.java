package io.github.meshplugin.build;

import io.github.meshplugin.graph.export.GraphFiles;
import io.github.meshplugin.graph.export.GraphFormat;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The graph files of {@code mesh:graph}: products and domains in each chosen format. */
final class GraphStage {

    private GraphStage() {}

    static List<Path> write(MeshResult result, BuildSettings.Graph graph, Set<GraphFormat> formats, BuildLog log) {
        Path folder = graph.outputDirectory();
        try {
            List<Path> written = new GraphFiles(result.mesh(), result.graph()).write(formats, folder);
            log.info("Graph written to " + folder + ": "
                    + String.join(
                            ", ",
                            written.stream()
                                    .map(path -> path.getFileName().toString())
                                    .toList()));
            return written;
        } catch (IOException failure) {
            throw new BuildException("Could not write the graph to " + folder + ": " + failure.getMessage(), failure);
        }
    }
}
