package io.github.meshplugin.site;

import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.nio.file.Path;

/**
 * {@code java RenderSite <mesh> <site> <cache directory>}: one catalog build in a process of its own, for tests
 * that kill it. It calls the build exactly as {@code mesh:site} does: its settings, its goal, one entry.
 */
public final class RenderSite {

    private RenderSite() {}

    public static void main(String[] args) {
        BuildSettings settings = BuildSettings.of(Path.of(args[0]))
                .withCache(Path.of(args[2]), true)
                .withSite(Path.of(args[1]), "Northwind Outfitters");
        MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT);
    }
}
