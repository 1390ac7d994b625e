package io.github.meshplugin.read.baseline;

import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads the baseline a build compares with. The setting is a file when it names a {@code .json} file or an
 * existing file (relative to the mesh root, or absolute); anything else is a git ref of the repository that
 * holds the mesh.
 */
public final class Baselines {

    private final ReadOptions options;

    public Baselines(ReadOptions options) {
        this.options = options;
    }

    public Mesh load(Path meshRoot, String baseline) throws BaselineException {
        String setting = baseline.trim();
        if (setting.isEmpty()) {
            throw new BaselineException("`baseline` is empty", "Set it to a git ref or a catalog.json path.");
        }
        Path file = meshRoot.resolve(setting);
        if (setting.toLowerCase(Locale.ROOT).endsWith(".json") || Files.isRegularFile(file)) {
            return new CatalogJsonBaseline().read(file);
        }
        try (GitSnapshots git = GitSnapshots.open(meshRoot, options)) {
            return git.at(setting).mesh();
        }
    }
}
