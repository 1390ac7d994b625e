package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import java.io.File;
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
     * Where the pages link a mesh file for reading and editing: a URL with {@code {path}} (the file's path in the
     * repository) and {@code {line}}, for example
     * {@code https://github.com/acme/mesh/blob/main/{path}#L{line}}. Unset: derived from the repository's
     * {@code origin} remote when it is on GitHub or GitLab, pinned to the commit the catalog was built from.
     */
    @Parameter(property = "mesh.sourceUrl")
    String sourceUrl;

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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildSettings.Site site = new BuildSettings.Site(
                path(outputDirectory), path(templatesDirectory), meshName, markdownHtml, showServerSecrets, sourceUrl);
        buildUnlessSkipped(Goal.SITE, failOn, site, BuildSettings.Graph.none());
    }
}
