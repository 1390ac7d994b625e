package io.github.meshplugin.maven;

import io.github.meshplugin.build.UpToDate;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.io.Progress;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.CatalogViewBuilder;
import io.github.meshplugin.site.render.MarkdownRenderer;
import io.github.meshplugin.site.render.PageMemory;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.SiteWriter;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the static catalog site: everything {@code validate} does, then one page per domain, product,
 * contract and team, the ownership, quality and rules pages, and {@code catalog.json}. By default the catalog
 * is written even when the mesh has errors (they show on the quality page); set {@code failOn} to fail.
 */
@Mojo(name = "site", threadSafe = true)
public class SiteMojo extends AbstractMeshMojo {

    /** Where the catalog is written. The previous catalog is replaced only once the new one is complete. */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/mesh-site")
    File outputDirectory;

    /**
     * A folder whose templates ({@code *.ftlh}) and {@code assets/} replace the theme's files of the same name.
     * Example: {@code <templatesDirectory>${project.basedir}/src/mesh-theme</templatesDirectory>}.
     */
    @Parameter(property = "mesh.templatesDirectory")
    File templatesDirectory;

    /** The name in every page's header. */
    @Parameter(property = "mesh.name", defaultValue = "${project.name}")
    String meshName;

    /**
     * Whether the contract pages show the passwords, tokens, keys and credentials in contracts' {@code servers}
     * (default {@code false}: they read ••••••, and so do the user and password of a connection URL). Only for
     * a catalog that stays private; {@code catalog.json} never carries them.
     */
    @Parameter(property = "mesh.showServerSecrets", defaultValue = "false")
    boolean showServerSecrets;

    /**
     * Raw HTML inside README markdown: {@code escape} (default) shows it as text; {@code safe} keeps a safe
     * subset (formatting, tables, details, links) and drops scripts, styles, event handlers, images and unsafe
     * URLs.
     */
    @Parameter(property = "mesh.markdownHtml", defaultValue = "escape")
    String markdownHtml;

    /**
     * How many of the last git commits each contract page lists with what they changed (breaking or not), read
     * with JGit from the repository that holds the mesh. 0: no history.
     */
    @Parameter(property = "mesh.history", defaultValue = "0")
    int history;

    @Override
    int historyCommits() {
        return history;
    }

    /** The severity that fails the build after the site is written: {@code never} (default), error, warning. */
    @Parameter(property = "mesh.failOn", defaultValue = "never")
    String failOn;

    /** What this goal wrote, so a catalog or report someone deleted or changed is written again. */
    private String outputs() throws MojoExecutionException {
        return listing(outputDirectory) + " " + listing(reportsDirectory);
    }

    /** Which pages can be left as they are: kept beside the goal's other memory, for the same plugin and theme. */
    private PageMemory pageMemory() throws IOException {
        if (cacheDirectory == null) {
            return PageMemory.NONE;
        }
        String renderer = UpToDate.fingerprint(
                templatesDirectory == null ? List.of() : List.of(templatesDirectory.toPath()), "theme");
        return PageMemory.in(cacheDirectory.toPath().resolve("site-pages.json"), renderer, incremental);
    }

    private MarkdownRenderer.RawHtml rawHtml() throws MojoExecutionException {
        return switch (markdownHtml == null ? "escape" : markdownHtml.trim().toLowerCase(Locale.ROOT)) {
            case "escape" -> MarkdownRenderer.RawHtml.ESCAPE;
            case "safe" -> MarkdownRenderer.RawHtml.SAFE_SUBSET;
            default ->
                throw new MojoExecutionException("markdownHtml must be escape or safe; was '" + markdownHtml + "'");
        };
    }

    /** The file under the cache directory that keeps graph picture layouts between builds. */
    static final String LAYOUT_CACHE = "layouts.bin";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the mesh catalog (mesh.skip)");
            return;
        }
        var threshold = failOn(failOn);
        if (templatesDirectory != null && !templatesDirectory.isDirectory()) {
            throw new MojoExecutionException("templatesDirectory " + templatesDirectory + " is not a folder.");
        }
        UpToDate upToDate = upToDate("site");
        String fingerprint = upToDate == null
                ? null
                : fingerprint(templatesDirectory == null ? List.of() : List.of(templatesDirectory.toPath()));
        Optional<UpToDate.State> last = lastBuild(upToDate, fingerprint);
        if (last.isPresent() && last.get().output().equals(outputs())) {
            replay(last.get());
            getLog().info("Catalog unchanged at " + new File(outputDirectory, "index.html")
                    + " (inputs unchanged since the last build)");
            if (last.get().failure() != null) {
                throw new MojoFailureException(last.get().failure());
            }
            return;
        }
        MeshResult result = runPipeline(threshold);
        SiteWriter.Summary written;
        try {
            Theme theme = new Theme(
                    getClass().getClassLoader(), templatesDirectory == null ? null : templatesDirectory.toPath());
            MarkdownRenderer.RawHtml rawHtml = rawHtml();
            Path layoutFile =
                    cacheDirectory == null ? null : cacheDirectory.toPath().resolve(LAYOUT_CACHE);
            LayoutCache layouts = layoutFile == null
                    ? null
                    : incremental ? LayoutCache.open(layoutFile) : LayoutCache.fresh(layoutFile);
            CatalogView view = progress.time(
                    "view",
                    () -> new CatalogViewBuilder(result, meshName, rawHtml)
                            .showServerSecrets(showServerSecrets)
                            .layoutCache(layouts)
                            .build(),
                    built ->
                            "catalog view of " + Progress.count(built.products().size(), "product") + " built");
            saveLayouts(layouts);
            PageMemory pages = pageMemory();
            written =
                    new SiteRenderer(theme).remembering(pages).render(view, result, outputDirectory.toPath(), progress);
            pages.failure()
                    .ifPresent(failure -> getLog().warn(
                                    "Could not remember the catalog's pages in " + cacheDirectory + ": " + failure));
        } catch (IOException | SiteRenderer.ThemeException failure) {
            throw new MojoExecutionException(
                    "Could not write the catalog to " + outputDirectory + ": " + failure.getMessage(), failure);
        }
        getLog().info(
                        written.isNoChange()
                                ? "Catalog unchanged at " + new File(outputDirectory, "index.html") + " ("
                                        + written.unchanged() + " files)"
                                : "Catalog written to " + new File(outputDirectory, "index.html") + " ("
                                        + written.written() + " files written, " + written.unchanged() + " unchanged, "
                                        + written.removed() + " removed)");
        logTimings();
        remember(upToDate, fingerprint, threshold.failure(result.findings()).orElse(null), outputs());
        failIfNeeded(threshold, result);
    }

    /** A cache that cannot be written costs the next build time, never this build its outcome. */
    private void saveLayouts(LayoutCache layouts) {
        if (layouts == null) {
            return;
        }
        getLog().info(layouts.stats().describe());
        try {
            layouts.save();
        } catch (IOException | RuntimeException unwritable) {
            getLog().warn("Could not keep the graph picture layouts in " + cacheDirectory + ": "
                    + unwritable.getMessage());
        }
    }
}
