package io.github.meshplugin.build;

import io.github.meshplugin.policy.PolicyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last build's conclusion, for a goal that may repeat it: when no input changed (by content), no setting and
 * not the plugin, and what the goal wrote is still there, the build repeats the last one's findings summary and
 * outcome instead of reading, checking and rendering the whole mesh again.
 */
final class LastBuild {

    private final BuildCache cache;
    private final Goal goal;
    private final BuildSettings settings;
    private final UpToDate store;
    private final String fingerprint;

    private LastBuild(BuildCache cache, Goal goal, BuildSettings settings, UpToDate store, String fingerprint) {
        this.cache = cache;
        this.goal = goal;
        this.settings = settings;
        this.store = store;
        this.fingerprint = fingerprint;
    }

    static LastBuild of(BuildCache cache, Goal goal, BuildSettings settings) {
        UpToDate store = cache.outcomes(goal, settings);
        return new LastBuild(cache, goal, settings, store, store == null ? null : fingerprint(goal, settings));
    }

    /** The fingerprint of the goal's inputs: the mesh's files, the templates of the catalog, and every setting. */
    private static String fingerprint(Goal goal, BuildSettings settings) {
        Path root = settings.meshDirectory();
        List<Path> inputs = new ArrayList<>(List.of(
                root.resolve(settings.reading().domainsDirectory()),
                root.resolve(settings.reading().teamsDirectory()),
                root.resolve(PolicyReader.FILE_NAME)));
        if (goal == Goal.SITE && settings.site().templatesDirectory() != null) {
            inputs.add(settings.site().templatesDirectory());
        }
        try {
            return UpToDate.fingerprint(inputs, "goal=" + goal.word() + "\n" + settings.fingerprint());
        } catch (IOException unreadable) {
            throw new BuildException("Could not read the mesh's files: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Repeats the last build to {@code log} when its inputs were the same as now and this build may reuse it. */
    Optional<BuildOutcome> repeat(BuildLog log) {
        if (store == null || !cache.recalls()) {
            return Optional.empty();
        }
        Optional<UpToDate.State> last = store.recall(fingerprint);
        if (last.isEmpty() || !last.get().output().equals(outputs())) {
            return Optional.empty();
        }
        log.info("Inputs unchanged since the last build: its findings follow (-Dmesh.incremental=false to "
                + "read the mesh again)");
        for (UpToDate.Line line : last.get().lines()) {
            log.line(level(line.level()), line.text());
        }
        if (goal == Goal.SITE) {
            log.info("Catalog unchanged at " + settings.site().outputDirectory().resolve("index.html")
                    + " (inputs unchanged since the last build)");
        }
        return Optional.of(new BuildOutcome(null, last.get().failure(), List.of()));
    }

    /** Keeps this build's conclusion for the next; failing to is the cache's trouble, never this build's. */
    void remember(List<UpToDate.Line> printed, String failure) {
        if (store == null) {
            return;
        }
        store.remember(new UpToDate.State(fingerprint, List.copyOf(printed), failure, outputs()));
    }

    /** What the goal wrote, so a catalog or report someone deleted or changed is written again. */
    private String outputs() {
        String reports = listing(settings.reporting().directory());
        return goal == Goal.SITE ? listing(settings.site().outputDirectory()) + " " + reports : reports;
    }

    private static String listing(Path folder) {
        try {
            return folder == null ? "" : UpToDate.listing(folder);
        } catch (IOException unreadable) {
            throw new BuildException("Could not list " + folder + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static BuildLog.Level level(String name) {
        return switch (name) {
            case "ERROR" -> BuildLog.Level.ERROR;
            case "WARNING" -> BuildLog.Level.WARNING;
            default -> BuildLog.Level.INFO;
        };
    }
}
