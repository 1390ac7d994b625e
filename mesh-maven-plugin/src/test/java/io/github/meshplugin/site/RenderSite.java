package io.github.meshplugin.site;

import java.nio.file.Path;

/** {@code java RenderSite <mesh> <site>}: one catalog build in a process of its own, for tests that kill it. */
public final class RenderSite {

    private RenderSite() {
    }

    public static void main(String[] args) throws Exception {
        SiteFixture.render(Path.of(args[0]), Path.of(args[1]));
    }
}
