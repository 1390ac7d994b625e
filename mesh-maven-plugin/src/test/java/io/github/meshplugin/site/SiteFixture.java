package io.github.meshplugin.site;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.PageMemory;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import java.io.IOException;
import java.nio.file.Path;

/** Builds a mesh and writes its catalog, as {@code mesh:site} does, without Maven. */
final class SiteFixture {

    private SiteFixture() {}

    static MeshResult render(Path mesh, Path site, Theme theme) throws IOException {
        MeshResult result = MeshBuild.defaults().run(mesh);
        new SiteRenderer(theme).render(new CatalogViewBuilder(result, "Northwind Outfitters").build(), result, site);
        return result;
    }

    /**
     * As {@code mesh:site} with a cache directory: product folders, schema findings, layouts and pages are taken
     * from and kept in {@code cacheDirectory}.
     */
    static MeshResult render(Path mesh, Path site, Path cacheDirectory) throws IOException {
        MeshResult result = MeshBuild.defaults().withCache(cacheDirectory, true).run(mesh);
        LayoutCache layouts = LayoutCache.open(cacheDirectory.resolve("layouts.bin"));
        CatalogView view = new CatalogViewBuilder(result, "Northwind Outfitters")
                .layoutCache(layouts)
                .build();
        layouts.save();
        new SiteRenderer(Theme.standard())
                .remembering(PageMemory.in(cacheDirectory.resolve("site-pages.json"), "plugin", true))
                .render(view, result, site);
        return result;
    }

    static MeshResult render(Path mesh, Path site) throws IOException {
        return render(mesh, site, Theme.standard());
    }

    static Path sampleMesh() {
        return Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));
    }
}
