package io.github.meshplugin.maven;

import io.github.meshplugin.build.UpToDate;
import io.github.meshplugin.result.MeshResult;
import java.util.List;
import java.util.Optional;
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
        if (skip) {
            getLog().info("Skipping mesh validation (mesh.skip)");
            return;
        }
        var threshold = failOn(failOn);
        UpToDate upToDate = upToDate("validate");
        String fingerprint = upToDate == null ? null : fingerprint(List.of());
        Optional<UpToDate.State> last = lastBuild(upToDate, fingerprint);
        if (last.isPresent() && last.get().output().equals(listing(reportsDirectory))) {
            replay(last.get());
        } else {
            MeshResult result = runPipeline(threshold);
            logTimings();
            last = Optional.of(new UpToDate.State(
                    fingerprint,
                    List.copyOf(printed),
                    threshold.failure(result.findings()).orElse(null),
                    listing(reportsDirectory)));
            remember(upToDate, fingerprint, last.get().failure(), last.get().output());
        }
        if (last.get().failure() != null) {
            throw new MojoFailureException(last.get().failure());
        }
        getLog().info("The mesh passed validation.");
    }
}
