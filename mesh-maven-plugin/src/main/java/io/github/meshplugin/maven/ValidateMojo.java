package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the mesh, checks every product and contract, prints the findings, and fails the build at the
 * configured severity.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMeshMojo {

    /**
     * The severity that fails the build: {@code error} (default), {@code warning}, or {@code never}.
     */
    @Parameter(property = "mesh.failOn", defaultValue = "error")
    String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (buildUnlessSkipped(Goal.VALIDATE, failOn, BuildSettings.Site.none(), BuildSettings.Graph.none())) {
            getLog().info("The mesh passed validation.");
        }
    }
}
