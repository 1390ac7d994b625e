package io.github.meshplugin.maven;

import io.github.meshplugin.MeshBuild;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.report.GitHubAnnotations;
import io.github.meshplugin.report.PathPrefix;
import io.github.meshplugin.report.ReportWriter;
import io.github.meshplugin.rules.policy.RulePolicy;
import io.github.meshplugin.rules.policy.Suppression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import io.github.meshplugin.rules.RuleSet;
import java.io.File;
import java.util.List;
import java.util.Set;
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

    /** Skips the goal. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    boolean skip;

    /**
     * Runs read, graph, rules and policy once; prints the summary; writes the CI reports (and, on GitHub Actions,
     * annotations and the step summary); returns the result for the goal to act on.
     */
    MeshBuild.Result runPipeline(FailOn failOn) throws MojoExecutionException {
        if (!meshDirectory.isDirectory()) {
            throw new MojoExecutionException("The mesh directory " + meshDirectory + " does not exist. Set "
                    + "<meshDirectory> (or -Dmesh.directory) to the folder that holds " + domainsDirectory + "/.");
        }
        ReadOptions options = new ReadOptions(domainsDirectory, teamsDirectory, maxFileBytes,
                new PiiPolicy(Set.copyOf(piiTags), Set.copyOf(piiClassifications)));
        MeshBuild.Result result = new MeshBuild(options, RuleSet.defaults(idPattern()), configuredPolicy())
                .run(meshDirectory.toPath());
        for (ConsoleReport.Line line : new ConsoleReport().lines(result, verbose)) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARNING -> getLog().warn(line.text());
                case INFO -> getLog().info(line.text());
            }
        }
        writeReports(result, failOn);
        return result;
    }

    private java.util.regex.Pattern idPattern() throws MojoExecutionException {
        if (idPattern == null) {
            return io.github.meshplugin.rules.naming.IdsFollowNamingPattern.DEFAULT_PATTERN;
        }
        try {
            return java.util.regex.Pattern.compile(idPattern);
        } catch (java.util.regex.PatternSyntaxException wrong) {
            throw new MojoExecutionException("idPattern '" + idPattern + "' is not a regular expression: "
                    + wrong.getDescription());
        }
    }

    private RulePolicy configuredPolicy() throws MojoExecutionException {
        List<Suppression> configured = new ArrayList<>();
        for (SuppressionConfig suppression : suppressions == null ? List.<SuppressionConfig>of() : suppressions) {
            String target = suppression.product != null ? suppression.product : suppression.contract;
            if (suppression.rule == null || target == null || suppression.reason == null
                    || suppression.reason.isBlank()) {
                throw new MojoExecutionException("Each <suppression> needs a <rule>, a <product> or <contract>, "
                        + "and a <reason> (shown on the quality page); got rule=" + suppression.rule + ", target="
                        + target + ", reason=" + suppression.reason);
            }
            configured.add(new Suppression(suppression.rule, target, suppression.reason, null));
        }
        Map<String, String> levels = severities == null ? Map.of() : severities;
        for (Map.Entry<String, String> level : levels.entrySet()) {
            if (!List.of("error", "warning", "info", RulePolicy.OFF).contains(level.getValue().trim().toLowerCase(
                    java.util.Locale.ROOT))) {
                throw new MojoExecutionException("<severities><" + level.getKey() + "> is '" + level.getValue()
                        + "'; it must be one of error, warning, info, off");
            }
        }
        return new RulePolicy(levels, configured, List.of(), configuredLayering());
    }

    private io.github.meshplugin.graph.analysis.Layering configuredLayering() throws MojoExecutionException {
        if (layering == null) {
            return null;
        }
        var defaults = io.github.meshplugin.graph.analysis.Layering.DEFAULT;
        List<String> order = layering.order == null || layering.order.isEmpty() ? defaults.order() : layering.order;
        if (order.stream().map(kind -> kind.trim().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                < order.size()) {
            throw new MojoExecutionException("<layering><order> names a kind twice: " + String.join(", ", order));
        }
        return new io.github.meshplugin.graph.analysis.Layering(
                layering.property == null || layering.property.isBlank() ? defaults.property()
                        : layering.property.trim(), order);
    }

    private void writeReports(MeshBuild.Result result, FailOn failOn) throws MojoExecutionException {
        Map<String, String> environment = System.getenv();
        String pathPrefix = PathPrefix.detect(meshDirectory.toPath(), environment);
        try {
            if (reportsDirectory != null) {
                new ReportWriter().write(reportsDirectory.toPath(), result, failOn, pathPrefix);
                getLog().info("Reports written to " + reportsDirectory);
            }
            GitHubAnnotations github = new GitHubAnnotations(environment);
            // Workflow commands work only at the start of a line, so they bypass the logger's "[INFO] " prefix.
            github.lines(result.findings(), pathPrefix).forEach(System.out::println);
            github.appendStepSummary(result.findings(), failOn);
        } catch (IOException io) {
            throw new MojoExecutionException("Could not write the mesh reports: " + io.getMessage(), io);
        }
    }

    static FailOn failOn(String text) throws MojoExecutionException {
        try {
            return FailOn.parse(text);
        } catch (IllegalArgumentException wrong) {
            throw new MojoExecutionException(wrong.getMessage());
        }
    }

    static void failIfNeeded(FailOn failOn, MeshBuild.Result result) throws MojoFailureException {
        var failure = failOn.failure(result.findings());
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
