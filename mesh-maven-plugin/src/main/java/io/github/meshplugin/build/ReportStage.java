package io.github.meshplugin.build;

import io.github.meshplugin.io.Progress;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.report.GitHubAnnotations;
import io.github.meshplugin.report.PathPrefix;
import io.github.meshplugin.report.ReportWriter;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The CI reports of every goal, and on GitHub Actions the annotations and the step summary. */
final class ReportStage {

    private ReportStage() {}

    /** @return the reports written (none without a reports folder) */
    /** The reports folder as the user would name it: relative to the mesh when it is inside it. */
    static String folderShown(BuildSettings settings) {
        Path reports = settings.reporting().directory();
        if (reports == null) {
            return "the reports";
        }
        Path mesh = settings.meshDirectory().toAbsolutePath().normalize();
        Path folder = reports.toAbsolutePath().normalize();
        return (folder.startsWith(mesh) ? mesh.relativize(folder) : folder)
                .toString()
                .replace('\\', '/');
    }

    static List<Path> write(MeshResult result, BuildSettings settings, FailOn failOn, Progress progress) {
        Map<String, String> environment = System.getenv();
        String pathPrefix = PathPrefix.detect(settings.meshDirectory(), environment);
        Path folder = settings.reporting().directory();
        try {
            List<Path> written = List.of();
            if (folder != null) {
                long start = System.nanoTime();
                written = new ReportWriter().write(folder, result, failOn, pathPrefix);
                progress.completed("reports", "written to " + folder, System.nanoTime() - start);
            }
            GitHubAnnotations github = new GitHubAnnotations(environment);
            // Workflow commands work only at the start of a line, so they bypass the log's "[INFO] " prefix.
            github.lines(result.findings(), pathPrefix).forEach(System.out::println);
            github.appendStepSummary(result.findings(), failOn);
            return written;
        } catch (IOException io) {
            throw new BuildException("Could not write the mesh reports: " + io.getMessage(), io);
        }
    }
}
