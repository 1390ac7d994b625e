package io.github.meshplugin.rules;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small mesh written file by file into a temporary folder and read by the real pipeline, so a rule test sees
 * the files, lines and columns a user would see.
 */
public final class TestMesh {

    private final Path root;

    public TestMesh(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} to {@code relative} under the mesh root, creating folders as needed. */
    public TestMesh file(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A declared team, so that ownership rules stay quiet in tests about other rules. */
    public TestMesh team(String id) {
        return file("teams/" + id + ".yaml", "id: " + id + "\nname: " + id + "\n");
    }

    public MeshResult build() {
        return MeshBuild.defaults().run(root);
    }

    /** The findings of one rule, in the pipeline's order. */
    public List<Finding> findings(String ruleId) {
        return build().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }
}
