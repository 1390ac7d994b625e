package io.github.meshplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.result.MeshResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @Test
    void writesTheFourReportsIntoAFolderItCreates(@TempDir Path temp) throws Exception {
        MeshResult result = ReportFixtures.broken();
        Path folder = temp.resolve("target/mesh-reports");

        List<Path> written = new ReportWriter().write(folder, result, FailOn.ERROR, "sample-mesh/");

        assertThat(written)
                .containsExactly(
                        folder.resolve("TEST-mesh.xml"),
                        folder.resolve("mesh.sarif"),
                        folder.resolve("findings.json"),
                        folder.resolve("summary.md"));
        assertThat(folder.resolve("TEST-mesh.xml")).hasBinaryContent(new JUnitXmlReport().write(result, FailOn.ERROR));
        assertThat(folder.resolve("mesh.sarif")).hasBinaryContent(new SarifReport().write(result, "sample-mesh/"));
        assertThat(folder.resolve("findings.json")).hasBinaryContent(new JsonFindingsReport().write(result.findings()));
        assertThat(folder.resolve("summary.md"))
                .hasBinaryContent(new MarkdownSummary()
                        .render(result.findings(), FailOn.ERROR)
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fileNames(folder))
                .containsExactlyInAnyOrder("TEST-mesh.xml", "mesh.sarif", "findings.json", "summary.md");
    }

    @Test
    void replacesEarlierReportsWithoutLeavingTemporaryFiles(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mesh.sarif"), "a stale, much longer report ".repeat(10_000));

        new ReportWriter().write(folder, ReportFixtures.valid(), FailOn.ERROR, "");

        assertThat(folder.resolve("mesh.sarif")).hasBinaryContent(new SarifReport().write(ReportFixtures.valid(), ""));
        assertThat(fileNames(folder)).hasSize(4).noneMatch(name -> name.endsWith(".tmp"));
        assertThat(Files.isReadable(folder.resolve("TEST-mesh.xml"))).isTrue();
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
