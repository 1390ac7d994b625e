package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample mesh shipped in the repository is the showcase: it must read completely and validate cleanly. */
class SampleMeshTest {

    static Path sampleMesh() {
        return Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));
    }

    @Test
    void theSampleMeshValidatesWithoutFindings() {
        MeshResult result = MeshBuild.defaults().run(sampleMesh());

        new ConsoleReport().lines(result).forEach(line -> System.out.println(line.text()));
        assertThat(result.findings()).extracting(Finding::oneLine).isEmpty();
    }

    @Test
    void theSampleMeshHasTheDomainsProductsTeamsAndCrossDomainEdgesItPromises() {
        MeshResult result = MeshBuild.defaults().run(sampleMesh());

        assertThat(result.mesh().domains()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.mesh().products()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(result.mesh().teams()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.graph().crossDomainEdgeCount()).isGreaterThanOrEqualTo(6);
        assertThat(result.mesh().products())
                .allSatisfy(p -> assertThat(p.owner()).isNotNull());
        assertThat(result.mesh().contracts())
                .allSatisfy(c -> assertThat(c.allProperties()).hasSizeBetween(5, 50));
    }
}
