package io.github.meshplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathPrefixTest {

    @Test
    void normalizesWhatAPersonTypes() {
        assertThat(PathPrefix.normalize(null)).isEmpty();
        assertThat(PathPrefix.normalize("")).isEmpty();
        assertThat(PathPrefix.normalize(".")).isEmpty();
        assertThat(PathPrefix.normalize("./")).isEmpty();
        assertThat(PathPrefix.normalize("sample-mesh")).isEqualTo("sample-mesh/");
        assertThat(PathPrefix.normalize("./meshes\\retail\\")).isEqualTo("meshes/retail/");
        assertThat(PathPrefix.normalize("/abs/")).isEqualTo("abs/");
    }

    @Test
    void detectsTheMeshFolderInsideTheCheckoutOrTheGitRepository(@TempDir Path temp) throws Exception {
        Path repository = temp.resolve("repo");
        Path mesh = Files.createDirectories(repository.resolve("sample-mesh"));
        Files.createDirectories(repository.resolve(".git"));

        assertThat(PathPrefix.detect(mesh, Map.of())).isEqualTo("sample-mesh/");
        assertThat(PathPrefix.detect(repository, Map.of())).isEmpty();
        assertThat(PathPrefix.detect(mesh, Map.of("GITHUB_WORKSPACE", temp.toString())))
                .isEqualTo("repo/sample-mesh/");
        assertThat(PathPrefix.detect(
                        mesh,
                        Map.of("GITHUB_WORKSPACE", temp.resolve("elsewhere").toString())))
                .isEqualTo("sample-mesh/");
        assertThat(PathPrefix.of(repository.resolve("other"), mesh)).isEmpty();
    }
}
