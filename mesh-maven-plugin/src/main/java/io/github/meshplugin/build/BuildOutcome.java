package io.github.meshplugin.build;

import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build concluded.
 *
 * @param result  the mesh, graph, analyses, changes and findings; null when the build repeated the last one's
 *                conclusion, its inputs being unchanged
 * @param failure why the build fails at its {@code failOn} severity, or null when it passes
 * @param written the files this build wrote: reports, graph files, the catalog's front page
 */
public record BuildOutcome(MeshResult result, String failure, List<Path> written) {

    public BuildOutcome {
        written = List.copyOf(written);
    }

    public boolean failed() {
        return failure != null;
    }

    /** Whether the build repeated the last one's conclusion instead of running its stages. */
    public boolean repeated() {
        return result == null;
    }
}
