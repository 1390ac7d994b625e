package io.github.meshplugin.build;

import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.io.Progress;
import io.github.meshplugin.read.FileProblems;
import io.github.meshplugin.read.baseline.MeshRepository;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.CatalogViewBuilder;
import io.github.meshplugin.site.render.MarkdownRenderer;
import io.github.meshplugin.site.render.PageMemory;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.SiteWriter;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.MeshSites;
import io.github.meshplugin.site.view.Provenance;
import io.github.meshplugin.site.view.SourceLinks;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The catalog of {@code mesh:site}: the view (with the graph pictures' layouts from the cache), then pages, search
 * and exports rendered into a staging folder that replaces the catalog in one swap.
 */
final class CatalogStage {

    private CatalogStage() {}

    /** Where the sites of this mesh and of the meshes it reads are published (coordinates to URL). */
    record Links(Map<String, String> meshSites, BuildSettings.Federation federation) {

        MeshSites view() {
            return new MeshSites(meshSites, federation.siteUrl());
        }
    }

    /** Puts back or tidies what a killed build left beside the catalog, before anything compares or reads it. */
    static void recover(BuildSettings.Site site) {
        try {
            SiteWriter.recover(site.outputDirectory());
        } catch (IOException failure) {
            throw new BuildException(
                    "Could not tidy what an interrupted build left beside " + site.outputDirectory() + ": "
                            + why(failure),
                    failure);
        }
    }

    /**
     * The commit the mesh was read at, and the links to its files: the {@code sourceUrl} setting, or one derived
     * from a GitHub or GitLab remote. Outside git, only a configured pattern links files.
     */
    static Provenance provenance(Path meshDirectory, BuildSettings.Site site) {
        MeshRepository repository = MeshRepository.of(meshDirectory).orElse(null);
        if (repository == null) {
            return new Provenance(null, null, null, new SourceLinks(site.sourceUrl(), ""));
        }
        String pattern = site.sourceUrl() != null
                ? site.sourceUrl()
                : SourceLinks.derive(repository.remoteUrl(), repository.commit());
        return new Provenance(
                repository.commit(),
                repository.commitTime(),
                repository.branch(),
                new SourceLinks(pattern, repository.prefix()));
    }

    /** @return the catalog's front page */
    static List<Path> write(
            MeshResult result,
            Path meshDirectory,
            BuildSettings.Site site,
            Links links,
            MarkdownRenderer.RawHtml rawHtml,
            BuildCache cache,
            Progress progress,
            BuildLog log) {
        Path output = site.outputDirectory();
        SiteWriter.Summary written;
        try {
            // The theme comes from the plugin's own class path: its templates jar, or a replacement added to it.
            Theme theme = new Theme(CatalogStage.class.getClassLoader(), site.templatesDirectory());
            LayoutCache layouts = cache.layouts();
            CatalogView view = progress.time(
                    "view",
                    () -> new CatalogViewBuilder(result, site.meshName(), rawHtml)
                            .showServerSecrets(site.showServerSecrets())
                            .meshSites(links.view())
                            .provenance(provenance(meshDirectory, site))
                            .layoutCache(layouts)
                            .build(),
                    built ->
                            "catalog view of " + Progress.count(built.products().size(), "product") + " built");
            PageMemory pages = cache.pages(site.templatesDirectory());
            SiteRenderer renderer = new SiteRenderer(theme).remembering(pages).copyingSourcesFrom(meshDirectory);
            written = renderer.render(view, result, output, progress);
            // Pictures are laid out as their pages are rendered: only now is it known which were.
            if (cache.exists()) {
                log.info(layouts.stats().describe());
                layouts.save(renderer.pagesKept() == 0);
            }
        } catch (IOException | SiteRenderer.ThemeException failure) {
            throw new BuildException(
                    "Could not write the catalog to " + output + ": "
                            + (failure instanceof IOException io ? why(io) : failure.getMessage()),
                    failure);
        }
        Path index = output.resolve("index.html");
        log.info(
                written.isNoChange()
                        ? "Catalog unchanged at " + index + " (" + written.unchanged() + " files)"
                        : "Catalog written to " + index + " (" + written.written() + " files written, "
                                + written.unchanged() + " unchanged, " + written.removed() + " removed)");
        return List.of(index);
    }

    /** What failed and why: Java's file exceptions carry only a path as their message. */
    private static String why(IOException failure) {
        if (failure instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            return fileSystem.getFile()
                    + (fileSystem.getOtherFile() == null ? "" : " -> " + fileSystem.getOtherFile())
                    + ": " + FileProblems.reason(failure);
        }
        return FileProblems.reason(failure);
    }
}
