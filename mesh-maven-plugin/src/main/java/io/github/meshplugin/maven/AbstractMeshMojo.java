package io.github.meshplugin.maven;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.build.UpToDate;
import io.github.meshplugin.io.Progress;
import io.github.meshplugin.policy.ConfiguredPolicy;
import io.github.meshplugin.policy.PolicyConfigurationException;
import io.github.meshplugin.policy.PolicyReader;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.report.GitHubAnnotations;
import io.github.meshplugin.report.PathPrefix;
import io.github.meshplugin.report.ReportWriter;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.naming.IdsFollowNamingPattern;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters every goal shares, and the step they all take first: run the pipeline and print what it found. */
abstract class AbstractMeshMojo extends AbstractMojo {

    /** The mesh root: the folder holding {@code domains/} and {@code teams/}. */
    @Parameter(property = "mesh.directory", defaultValue = "${project.basedir}")
    File meshDirectory;

    /** The folder under the mesh root with one sub-folder per domain. */
    @Parameter(property = "mesh.domainsDirectory", defaultValue = "domains")
    String domainsDirectory;

    /** The folder under the mesh root with one {@code <team>.yaml} per team. */
    @Parameter(property = "mesh.teamsDirectory", defaultValue = "teams")
    String teamsDirectory;

    /** Files larger than this many bytes are reported and not read. */
    @Parameter(property = "mesh.maxFileBytes", defaultValue = "2097152")
    long maxFileBytes;

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
    @Parameter(property = "mesh.idPattern", defaultValue = "[a-z0-9]+([.-][a-z0-9]+)*")
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

    /** Hears of each stage as it completes; set by {@link #runPipeline} for the goal's later stages. */
    Progress.Recorder progress;

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

    /** The log lines of this run's findings summary, kept for a later build with the same inputs to repeat. */
    final List<UpToDate.Line> printed = new ArrayList<>();

    /** Skips the goal. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    boolean skip;

    /**
     * Runs read, graph, rules and policy once; prints the summary; writes the CI reports (and, on GitHub Actions,
     * annotations and the step summary); returns the result for the goal to act on.
     */
    MeshResult runPipeline(FailOn failOn) throws MojoExecutionException {
        if (!meshDirectory.isDirectory()) {
            throw new MojoExecutionException("The mesh directory " + meshDirectory + " does not exist. Set "
                    + "<meshDirectory> (or -Dmesh.directory) to the folder that holds " + domainsDirectory + "/.");
        }
        ReadOptions options = new ReadOptions(
                domainsDirectory,
                teamsDirectory,
                maxFileBytes,
                new PiiPolicy(Set.copyOf(piiTags), Set.copyOf(piiClassifications)));
        progress =
                new Progress.Recorder((stage, outcome, nanos) -> getLog().info(Progress.line(stage, outcome, nanos)));
        MeshResult result = new MeshBuild(options, RuleSet.defaults(idPattern()), configuredPolicy())
                .withBaseline(baseline)
                .withHistory(historyCommits())
                .withCache(cacheDirectory == null ? null : cacheDirectory.toPath(), incremental)
                .run(meshDirectory.toPath(), progress);
        for (ConsoleReport.Line line : new ConsoleReport().lines(result, verbose, reportsFolderShown())) {
            print(new UpToDate.Line(line.level().name(), line.text()));
        }
        writeReports(result, failOn);
        return result;
    }

    /** The reports folder as the user would name it: relative to the mesh when it is inside it. */
    private String reportsFolderShown() {
        if (reportsDirectory == null) {
            return "the reports";
        }
        Path mesh = meshDirectory.toPath().toAbsolutePath().normalize();
        Path reports = reportsDirectory.toPath().toAbsolutePath().normalize();
        return (reports.startsWith(mesh) ? mesh.relativize(reports) : reports)
                .toString()
                .replace('\\', '/');
    }

    void print(UpToDate.Line line) {
        printed.add(line);
        switch (line.level()) {
            case "ERROR" -> getLog().error(line.text());
            case "WARNING" -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }

    /**
     * This goal's memory of its last build, or null when this run must neither use nor keep one: comparing with a
     * git baseline or history, or on GitHub Actions (whose step summary is written every run). A build with
     * {@code incremental} off still keeps its memory, so the next incremental build can skip.
     */
    UpToDate upToDate(String goal) {
        if (cacheDirectory == null
                || baseline != null
                || historyCommits() > 0
                || "true".equals(System.getenv("GITHUB_ACTIONS"))) {
            return null;
        }
        return new UpToDate(cacheDirectory.toPath().resolve(goal + ".json"));
    }

    /** The fingerprint of this goal's inputs: the mesh's files, {@code extraInputs}, and every setting. */
    String fingerprint(List<Path> extraInputs) throws MojoExecutionException {
        Path root = meshDirectory.toPath();
        List<Path> inputs = new ArrayList<>(List.of(
                root.resolve(domainsDirectory), root.resolve(teamsDirectory), root.resolve(PolicyReader.FILE_NAME)));
        inputs.addAll(extraInputs);
        try {
            return UpToDate.fingerprint(inputs, configuration());
        } catch (IOException unreadable) {
            throw new MojoExecutionException("Could not read the mesh's files: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The last build's conclusion when its inputs were the same as now and this run may reuse it. */
    Optional<UpToDate.State> lastBuild(UpToDate upToDate, String fingerprint) {
        return upToDate == null || !incremental ? Optional.empty() : upToDate.recall(fingerprint);
    }

    /** Settings that change only what the log shows of a run, or whether it may skip, never its outcome. */
    private static final Set<String> OUTCOME_NEUTRAL = Set.of("timings", "incremental");

    /**
     * Every setting of the goal, by field name: each field of a mojo is configuration, so a setting added later
     * counts without anyone remembering to list it here.
     */
    private String configuration() {
        StringBuilder text = new StringBuilder(getClass().getName()).append('\n');
        for (Class<?> type = getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isFinal(modifiers)
                        || field.isSynthetic()
                        || field.getType() == Progress.Recorder.class
                        || OUTCOME_NEUTRAL.contains(field.getName())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    text.append(field.getName())
                            .append('=')
                            .append(describe(field.get(this)))
                            .append('\n');
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    text.append(field.getName()).append("=?\n");
                }
            }
        }
        return text.toString();
    }

    private static String describe(Object value) {
        if (value instanceof SuppressionConfig s) {
            return "suppression(" + s.rule + "," + s.product + "," + s.contract + "," + s.reason + ")";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(AbstractMeshMojo::describe).toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        return String.valueOf(value);
    }

    /** Tells that the inputs did not change and repeats the last build's findings summary. */
    void replay(UpToDate.State state) {
        getLog().info("Inputs unchanged since the last build: its findings follow (-Dmesh.incremental=false to "
                + "read the mesh again)");
        state.lines().forEach(this::print);
    }

    /** Keeps this run's conclusion for the next build; failing to is no reason to fail this one. */
    void remember(UpToDate upToDate, String fingerprint, String failure, String output) {
        if (upToDate == null) {
            return;
        }
        try {
            upToDate.remember(new UpToDate.State(fingerprint, List.copyOf(printed), failure, output));
        } catch (IOException notWritable) {
            getLog().debug("Could not keep the build's state: " + notWritable.getMessage());
        }
    }

    static String listing(File folder) throws MojoExecutionException {
        try {
            return folder == null ? "" : UpToDate.listing(folder.toPath());
        } catch (IOException unreadable) {
            throw new MojoExecutionException("Could not list " + folder + ": " + unreadable.getMessage(), unreadable);
        }
    }

    /** How many git commits of contract history the goal shows; none unless the goal shows history. */
    int historyCommits() {
        return 0;
    }

    private Pattern idPattern() throws MojoExecutionException {
        if (idPattern == null) {
            return IdsFollowNamingPattern.DEFAULT_PATTERN;
        }
        try {
            return Pattern.compile(idPattern);
        } catch (PatternSyntaxException wrong) {
            throw new MojoExecutionException(
                    "idPattern '" + idPattern + "' is not a regular expression: " + wrong.getDescription());
        }
    }

    private RulePolicy configuredPolicy() throws MojoExecutionException {
        try {
            return ConfiguredPolicy.of(
                    severities,
                    suppressions == null
                            ? null
                            : suppressions.stream()
                                    .map(s -> new ConfiguredPolicy.SuppressionSetting(
                                            s.rule, s.product, s.contract, s.reason))
                                    .toList(),
                    layering == null ? null : new ConfiguredPolicy.LayeringSetting(layering.property, layering.order));
        } catch (PolicyConfigurationException wrong) {
            throw new MojoExecutionException(wrong.getMessage());
        }
    }

    private void writeReports(MeshResult result, FailOn failOn) throws MojoExecutionException {
        Map<String, String> environment = System.getenv();
        String pathPrefix = PathPrefix.detect(meshDirectory.toPath(), environment);
        try {
            if (reportsDirectory != null) {
                long start = System.nanoTime();
                new ReportWriter().write(reportsDirectory.toPath(), result, failOn, pathPrefix);
                progress.completed("reports", "written to " + reportsDirectory, System.nanoTime() - start);
            }
            GitHubAnnotations github = new GitHubAnnotations(environment);
            // Workflow commands work only at the start of a line, so they bypass the logger's "[INFO] " prefix.
            github.lines(result.findings(), pathPrefix).forEach(System.out::println);
            github.appendStepSummary(result.findings(), failOn);
        } catch (IOException io) {
            throw new MojoExecutionException("Could not write the mesh reports: " + io.getMessage(), io);
        }
    }

    /** With {@code mesh.timings}, the table of every stage's time. */
    void logTimings() {
        if (timings && progress != null) {
            getLog().info("Timings:");
            progress.table().forEach(line -> getLog().info("  " + line));
        }
    }

    static FailOn failOn(String text) throws MojoExecutionException {
        try {
            return FailOn.parse(text);
        } catch (IllegalArgumentException wrong) {
            throw new MojoExecutionException(wrong.getMessage());
        }
    }

    static void failIfNeeded(FailOn failOn, MeshResult result) throws MojoFailureException {
        var failure = failOn.failure(result.findings());
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
