package io.github.meshplugin.maven;

import io.github.meshplugin.MeshBuild;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.report.FailOn;
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

    /** Skips the goal. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    boolean skip;

    /** Runs read, graph and rules once, prints the summary, and returns the result. */
    MeshBuild.Result runPipeline() throws MojoExecutionException {
        if (!meshDirectory.isDirectory()) {
            throw new MojoExecutionException("The mesh directory " + meshDirectory + " does not exist. Set "
                    + "<meshDirectory> (or -Dmesh.directory) to the folder that holds " + domainsDirectory + "/.");
        }
        ReadOptions options = new ReadOptions(domainsDirectory, teamsDirectory, maxFileBytes,
                new PiiPolicy(Set.copyOf(piiTags), Set.copyOf(piiClassifications)));
        MeshBuild.Result result = new MeshBuild(options, RuleSet.defaults()).run(meshDirectory.toPath());
        for (ConsoleReport.Line line : new ConsoleReport().lines(result)) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARNING -> getLog().warn(line.text());
                case INFO -> getLog().info(line.text());
            }
        }
        return result;
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
