package io.github.meshplugin.site;

import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.MarkdownRenderer;
import io.github.meshplugin.site.render.ViewDrawing;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.CatalogViews;
import io.github.meshplugin.site.view.LongLists;
import io.github.meshplugin.site.view.MeshSites;
import io.github.meshplugin.site.view.Provenance;

/**
 * Computes the {@link CatalogView} from one build's result: every figure, list and link the pages show. It hands
 * the view the renderer's drawing of pictures and READMEs, so the view itself never depends on the renderer.
 */
public final class CatalogViewBuilder {

    private final MeshResult result;
    private final String meshName;
    private final MarkdownRenderer.RawHtml rawHtml;
    private final LongLists longLists;
    private boolean showServerSecrets;
    private LayoutCache layouts;
    private MeshSites sites = MeshSites.none();
    private Provenance provenance = Provenance.none();

    public CatalogViewBuilder(MeshResult result, String meshName) {
        this(result, meshName, MarkdownRenderer.RawHtml.ESCAPE);
    }

    public CatalogViewBuilder(MeshResult result, String meshName, MarkdownRenderer.RawHtml rawHtml) {
        this(result, meshName, rawHtml, new LongLists());
    }

    /** With lists cut to other lengths than the catalog's, so a test sees long lists in a small mesh. */
    CatalogViewBuilder(MeshResult result, String meshName, MarkdownRenderer.RawHtml rawHtml, LongLists longLists) {
        this.result = result;
        this.meshName = meshName;
        this.rawHtml = rawHtml;
        this.longLists = longLists;
    }

    /** Shows the passwords, tokens and keys of contracts' servers on the pages instead of hiding them. */
    public CatalogViewBuilder showServerSecrets(boolean show) {
        this.showServerSecrets = show;
        return this;
    }

    /**
     * Takes the layouts of graph pictures from {@code cache} when their diagram is one laid out before, and adds
     * the new ones to it (the caller saves it); without one, every picture is laid out.
     */
    public CatalogViewBuilder layoutCache(LayoutCache cache) {
        this.layouts = cache;
        return this;
    }

    /** Where this mesh's site and those of the meshes it reads are published, for links to them. */
    public CatalogViewBuilder meshSites(MeshSites sites) {
        this.sites = sites;
        return this;
    }

    /** Says where the mesh comes from on every page, and links its files in the repository's web view. */
    public CatalogViewBuilder provenance(Provenance from) {
        this.provenance = from;
        return this;
    }

    public CatalogView build() {
        return CatalogViews.build(
                result, meshName, new ViewDrawing(layouts, rawHtml), showServerSecrets, longLists, sites, provenance);
    }
}
