package io.github.meshplugin.site;

import java.nio.file.Path;

/**
 * {@code java RenderSite <mesh> <site> [cache directory]}: one catalog build in a process of its own, for tests
 * that kill it.
 */
public final class RenderSite {

    private RenderSite() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 2) {
            SiteFixture.render(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } else {
            SiteFixture.render(Path.of(args[0]), Path.of(args[1]));
        }
    }
}
