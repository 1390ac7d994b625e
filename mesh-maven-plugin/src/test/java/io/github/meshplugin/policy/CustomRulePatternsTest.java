package io.github.meshplugin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pattern in mesh-rules.yaml is text anyone with commit rights writes: it can never hang a build. */
class CustomRulePatternsTest {

    @TempDir
    Path mesh;

    @Test
    void aCatastrophicPatternMatchesInLinearTimeAndABackreferenceIsRejectedWithAFinding() throws IOException {
        Path folder = Files.createDirectories(mesh.resolve("domains/d/p"));
        Files.writeString(folder.resolve("p.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.p
                name: %s
                status: active
                team: {name: t}
                """.formatted("a".repeat(40) + "!"));
        Files.writeString(mesh.resolve("mesh-rules.yaml"), """
                custom:
                  - {id: ACME-001, title: Nested, appliesTo: product, field: name, pattern: "(.*a){20}"}
                  - {id: ACME-002, title: Backreference, appliesTo: product, field: name, pattern: "(a)\\\\1"}
                """);

        MeshResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> MeshBuild.run(BuildSettings.of(mesh)).result());

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("ACME-001"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("does not match (.*a){20}"));
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-CONFIG-001"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo("mesh-rules.yaml");
                    assertThat(f.source().line()).isEqualTo(3);
                    assertThat(f.message()).contains("`custom[1].pattern` is rejected", "(a)\\1");
                    assertThat(f.hint()).contains("backreferences");
                });
    }
}
