package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links the reader does not follow are each reported once, in words that say why. */
class SymbolicLinksTest {

    @TempDir
    Path temp;

    private Path mesh() throws IOException {
        Path mesh = temp.resolve("mesh");
        Path good = Files.createDirectories(mesh.resolve("domains/d/good"));
        Files.writeString(good.resolve("good.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.good
                status: active
                team: {name: t}
                """);
        return mesh;
    }

    private static List<String> messagesAt(Path mesh, String file) {
        return MeshBuild.run(BuildSettings.of(mesh)).result().findings().stream()
                .filter(f -> f.source().file().equals(file))
                .map(Finding::message)
                .toList();
    }

    @Test
    void aSymbolicLinkLoopIsReportedAsALoop() throws IOException {
        Path mesh = mesh();
        Path folder = mesh.resolve("domains/d/good");
        Files.createSymbolicLink(folder.resolve("a.odcs.yaml"), Path.of("b.odcs.yaml"));
        Files.createSymbolicLink(folder.resolve("b.odcs.yaml"), Path.of("a.odcs.yaml"));

        assertThat(messagesAt(mesh, "domains/d/good/a.odcs.yaml"))
                .singleElement()
                .satisfies(message -> assertThat(message).contains("loops").doesNotContain("does not exist"));
    }

    @Test
    void aProductFolderLinkedOutsideTheMeshRootIsWarnedAboutOnce() throws IOException {
        Path mesh = mesh();
        Path outside = Files.createDirectories(temp.resolve("elsewhere/p"));
        Files.createSymbolicLink(mesh.resolve("domains/d/linked"), outside);

        assertThat(messagesAt(mesh, "domains/d/linked"))
                .singleElement()
                .satisfies(message -> assertThat(message).contains("outside the mesh root"));
    }
}
