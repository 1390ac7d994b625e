package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildException;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildOutcome;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/** Parameters every goal shares, turned into the build's settings; the build itself knows nothing of Maven. */
abstract class AbstractMeshMojo extends AbstractMeshFolderMojo {

    /** Files larger than this many bytes are reported and not read. */
    @Parameter(property = "mesh.maxFileBytes", defaultValue = "2097152")
    long maxFileBytes;

    /**
     * A YAML file whose anchors and aliases expand to more values than this is reported (MESH-YAML-003) and not
     * read: nested aliases can make a few kilobytes stand for billions of values.
     */
    @Parameter(property = "mesh.maxYamlNodes", defaultValue = "1000000")
    long maxYamlNodes;

    /**
     * Property tags that mark personal data (ODCS has no PII field). Example:
     * <pre>{@code <piiTags><piiTag>pii</piiTag><piiTag>gdpr</piiTag></piiTags>}</pre>
     */
    @Parameter
    List<String> piiTags = List.of("pii", "personal-data", "gdpr");

    /** Property classifications that mark personal data. */
    @Parameter
    List<String> piiClassifications = List.of("pii", "personal", "sensitive");

    /**
     * Severity per rule id ({@code error}, {@code warning}, {@code info} or {@code off}); overrides the mesh's
     * {@code mesh-rules.yaml}. Example:
     * <pre>{@code <severities><MESH-SLA-001>error</MESH-SLA-001><MESH-NAME-001>off</MESH-NAME-001></severities>}</pre>
     */
    @Parameter
    Map<String, String> severities = Map.of();

    /** Findings to accept for one product or contract, each with a reason shown on the quality page. */
    @Parameter
    List<SuppressionConfig> suppressions = List.of();

    /**
     * The layering policy (rule MESH-GRAPH-003): the custom property that names a product's kind, and the kinds
     * from sources to consumers; a product may read only its own kind or earlier ones. Overrides the
     * {@code layering} of {@code mesh-rules.yaml}. Example:
     * <pre>{@code
     * <layering>
     *   <property>alignment</property>
     *   <order><kind>source-aligned</kind><kind>aggregate</kind><kind>consumer-aligned</kind></order>
     * </layering>}</pre>
     */
    @Parameter
    LayeringConfig layering;

    /**
     * The convention product and contract ids must follow (rule MESH-NAME-001), as a Java regular expression
     * matched against the whole id. Example: {@code <idPattern>[a-z]+\.[a-z0-9-]+</idPattern>}.
     */
    @Parameter(property = "mesh.idPattern", defaultValue = BuildSettings.DEFAULT_ID_PATTERN)
    String idPattern;

    /** Prints every finding instead of the compact summary. */
    @Parameter(property = "mesh.verbose", defaultValue = "false")
    boolean verbose;

    /** Where the JUnit XML, SARIF, JSON and markdown reports go. */
    @Parameter(property = "mesh.reportsDirectory", defaultValue = "${project.build.directory}/mesh-reports")
    File reportsDirectory;

    /**
     * Prints, at the end, how long each stage took (read, graph, rules, view, pages, search, exports, write) and
     * its share of the total. Each stage's line is logged as it completes either way; {@code -q} silences both.
     */
    @Parameter(property = "mesh.timings", defaultValue = "false")
    boolean timings;

    /**
     * What to compare the mesh with, to find breaking changes: a git ref of the repository that holds the mesh
     * ({@code origin/main}, {@code HEAD~1}, a tag), read with JGit, or the path (relative to the mesh root, or
     * absolute) of a {@code catalog.json} written by an earlier {@code mesh:site}. Unset: no comparison.
     * <pre>
     * mvn verify -Dmesh.baseline=origin/main
     * &lt;baseline&gt;releases/2026.10/catalog.json&lt;/baseline&gt;
     * </pre>
     */
    @Parameter(property = "mesh.baseline")
    String baseline;

    /**
     * Repeats the last build's conclusion, without reading the mesh again, when no input changed: no file under
     * the mesh's folders (by content), no setting, not the plugin. Off for builds that compare with a git
     * baseline or history (the repository can move without a file changing) and on GitHub Actions. When the
     * mesh must be read, a file whose content did not change is not checked against its official schema again:
     * its findings come from the cache. {@code false} reads and checks every file, and writes the cache afresh.
     */
    @Parameter(property = "mesh.incremental", defaultValue = "true")
    boolean incremental;

    /**
     * Where goals keep what they concluded from which inputs, for {@code incremental}, each file's schema findings
     * by its content, and where {@code site} keeps the layouts of its graph pictures and what each page was
     * rendered from. Deleting the folder is always safe: the next build does everything again.
     */
    @Parameter(property = "mesh.cacheDirectory", defaultValue = "${project.build.directory}/mesh-cache")
    File cacheDirectory;

    /**
     * The meshes of other repositories this mesh reads, by the coordinates their catalogs were deployed under
     * ({@code mesh:publish}); resolved through the project's repositories like any artifact. Input ports may
     * then read their contracts, and their consumers of this mesh's contracts count in breaking-change checks.
     * A registry lists every domain's mesh and so builds the organisation's catalog from their catalogs alone.
     * <pre>{@code
     * <meshes>
     *   <mesh>
     *     <groupId>org.acme.sales</groupId><artifactId>sales-mesh</artifactId><version>[1.0,2.0)</version>
     *     <siteUrl>https://mesh.acme.org/sales/</siteUrl>  <!-- optional: the catalog records its own -->
     *   </mesh>
     * </meshes>}</pre>
     */
    @Parameter
    List<MeshCoordinates> meshes = List.of();

    /**
     * Where this mesh's catalog site is published, recorded in its catalog.json so the catalogs of other
     * repositories that read this mesh link to its pages.
     */
    @Parameter(property = "mesh.siteUrl")
    String siteUrl;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    RepositorySystem repositorySystem;

    /** Skips the goal. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    boolean skip;

    /** How many git commits of contract history the goal shows; none unless the goal shows history. */
    int historyCommits() {
        return 0;
    }

    /**
     * Runs the build for {@code goal} with every parameter, telling Maven's log; a setting that makes no sense, or
     * an output that cannot be written, is an error of the build's configuration or environment.
     */
    BuildOutcome build(Goal goal, String failOn, BuildSettings.Site site, BuildSettings.Graph graph)
            throws MojoExecutionException {
        List<BuildSettings.Suppression> suppressed = new ArrayList<>();
        for (SuppressionConfig entry : suppressions == null ? List.<SuppressionConfig>of() : suppressions) {
            suppressed.add(new BuildSettings.Suppression(entry.rule, entry.product, entry.contract, entry.reason));
        }
        BuildSettings settings = new BuildSettings(
                meshDirectory.toPath(),
                new BuildSettings.Reading(
                        domainsDirectory, teamsDirectory, maxFileBytes, maxYamlNodes, piiTags, piiClassifications),
                new BuildSettings.Policy(
                        idPattern,
                        severities,
                        suppressed,
                        layering == null ? null : new BuildSettings.Layering(layering.property, layering.order)),
                new BuildSettings.Comparison(baseline, historyCommits()),
                new BuildSettings.Caching(path(cacheDirectory), incremental),
                new BuildSettings.Reporting(path(reportsDirectory), failOn, verbose, timings),
                site,
                graph,
                new BuildSettings.Federation(resolveMeshes(), siteUrl));
        try {
            return MeshBuild.run(settings, goal, this::log);
        } catch (BuildException wrong) {
            throw new MojoExecutionException(wrong.getMessage(), wrong.getCause());
        }
    }

    /** The catalogs of {@code meshes}, resolved; none when the goal runs without a project (as in tests). */
    private List<BuildSettings.ExternalMesh> resolveMeshes() {
        if (meshes == null || meshes.isEmpty()) {
            return List.of();
        }
        if (repositorySystem == null || session == null || project == null) {
            throw new IllegalStateException("<meshes> needs a Maven project and session to resolve from");
        }
        List<BuildSettings.ExternalMesh> resolved = new MeshResolver(
                        repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories())
                .resolve(meshes);
        for (BuildSettings.ExternalMesh mesh : resolved) {
            if (mesh.catalog() != null) {
                getLog().info("Mesh " + mesh.coordinates() + ": catalog " + mesh.catalog());
            }
        }
        return resolved;
    }

    /**
     * Runs the build for {@code goal} unless {@code skip} is set, and fails the build when its findings reach the
     * goal's {@code failOn} severity; false when skipped.
     */
    boolean buildUnlessSkipped(Goal goal, String failOn, BuildSettings.Site site, BuildSettings.Graph graph)
            throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping mesh:" + goal.word() + " (mesh.skip)");
            return false;
        }
        BuildOutcome outcome = build(goal, failOn, site, graph);
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.failure());
        }
        return true;
    }

    static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private void log(BuildLog.Level level, String text) {
        switch (level) {
            case ERROR -> getLog().error(text);
            case WARNING -> getLog().warn(text);
            case INFO -> getLog().info(text);
        }
    }
}
