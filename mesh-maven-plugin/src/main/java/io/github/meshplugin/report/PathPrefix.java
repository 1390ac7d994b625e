package io.github.meshplugin.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The mesh root's path inside the repository, as a prefix for the mesh-relative paths in findings. Code scanning
 * and workflow annotations resolve paths against the repository checkout, so a mesh kept in a sub-folder
 * ({@code sample-mesh/}) must have its findings prefixed or they point at files that do not exist.
 * A prefix is either empty or ends with {@code /}.
 */
public final class PathPrefix {

    private PathPrefix() {}

    /** Accepts what a person would type ({@code sub\mesh}, {@code ./sub/mesh}, {@code .}) and returns a prefix. */
    public static String normalize(String prefix) {
        if (prefix == null) {
            return "";
        }
        String slashes = prefix.trim().replace('\\', '/');
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        while (slashes.startsWith("/")) {
            slashes = slashes.substring(1);
        }
        if (slashes.isEmpty() || slashes.equals(".")) {
            return "";
        }
        return slashes.endsWith("/") ? slashes : slashes + "/";
    }

    /** The prefix of {@code meshRoot} inside {@code repositoryRoot}; empty when the mesh is not inside it. */
    public static String of(Path repositoryRoot, Path meshRoot) {
        Path repository = repositoryRoot.toAbsolutePath().normalize();
        Path mesh = meshRoot.toAbsolutePath().normalize();
        if (!mesh.startsWith(repository)) {
            return "";
        }
        return normalize(repository.relativize(mesh).toString());
    }

    /**
     * Best guess of the prefix without being told: relative to {@code GITHUB_WORKSPACE} (the checkout on GitHub
     * Actions) when the mesh is inside it, otherwise relative to the nearest folder holding {@code .git} (a folder
     * in a clone, a file in a worktree or submodule), otherwise empty.
     */
    public static String detect(Path meshRoot, Map<String, String> environment) {
        Path mesh = meshRoot.toAbsolutePath().normalize();
        String workspace = environment.get("GITHUB_WORKSPACE");
        if (workspace != null && !workspace.isBlank()) {
            Path checkout = Path.of(workspace).toAbsolutePath().normalize();
            if (mesh.startsWith(checkout)) {
                return of(checkout, mesh);
            }
        }
        for (Path folder = mesh; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return of(folder, mesh);
            }
        }
        return "";
    }
}
