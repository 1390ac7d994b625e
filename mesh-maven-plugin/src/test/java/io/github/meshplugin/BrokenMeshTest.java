package io.github.meshplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deliberately broken mesh (src/test/resources/meshes/broken): each mistake a team can make gives a finding
 * with the rule, the file, the line and column, and a fix; nothing crashes and nothing is lost.
 */
class BrokenMeshTest {

    static MeshResult result;

    @BeforeAll
    static void readTheBrokenMesh() {
        result = MeshBuild.run(BuildSettings.of(Path.of("src/test/resources/meshes/broken")))
                .result();
        new ConsoleReport().lines(result).forEach(line -> System.out.println(line.text()));
    }

    @Test
    void everyMistakeIsReportedAtItsFileLineAndColumn() {
        assertThat(result.findings())
                .extracting(
                        Finding::ruleId,
                        f -> f.source().file(),
                        f -> f.source().line(),
                        f -> f.source().column())
                .contains(
                        tuple("MESH-YAML-001", "domains/beta/b1/syntax.odcs.yaml", 6, 4),
                        tuple("MESH-YAML-002", "domains/alpha/a2/a2.odps.yaml", 5, 1),
                        tuple("MESH-SCHEMA-001", "domains/alpha/a2/a2.odps.yaml", 1, 1),
                        tuple("MESH-SCHEMA-003", "domains/beta/b1/legacy.odcs.yaml", 1, 13),
                        tuple("MESH-ID-001", "domains/alpha/a2/a2.odps.yaml", 1, 1),
                        tuple("MESH-ID-002", "domains/beta/b1/out.odcs.yaml", 1, 1),
                        tuple("MESH-ID-002", "domains/beta/b1/copy.odcs.yaml", 1, 1),
                        tuple("MESH-REF-001", "domains/alpha/a2/a2.odps.yaml", 11, 17),
                        tuple("MESH-REF-002", "domains/beta/b1/b1.odps.yaml", 16, 17),
                        tuple("MESH-OWN-001", "domains/beta/b1/b1.odps.yaml", 1, 1),
                        tuple("MESH-GRAPH-001", "domains/alpha/a1/a1.odps.yaml", 1, 1),
                        tuple("MESH-REF-004", "domains/alpha/a2/a2.odps.yaml", 1, 1),
                        tuple("MESH-DOC-001", "domains/beta/b1/b1.odps.yaml", 1, 1),
                        tuple("MESH-SLA-001", "domains/alpha/a1/out.odcs.yaml", 1, 1));
    }

    @Test
    void findingsSayWhatIsWrongAndHowToFixIt() {
        assertThat(result.findings()).allSatisfy(finding -> {
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.hint()).isNotBlank();
        });
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MESH-GRAPH-001");
            assertThat(finding.message())
                    .isEqualTo("dependency cycle: alpha.a1 -> beta.b1 -> alpha.a1; "
                            + "alpha.a1 reads beta.b1.out from beta.b1, beta.b1 reads alpha.a1.out from alpha.a1");
        });
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MESH-SCHEMA-001");
            assertThat(finding.message()).contains("`status` is required by ODPS but is missing");
        });
    }

    @Test
    void aDuplicateIdIsReportedAtEveryFileDeclaringItNamingThemAll() {
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-ID-002"))
                .extracting(f -> f.source().file(), Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "domains/beta/b1/copy.odcs.yaml",
                                "contract id `beta.b1.out` is declared by 2 files: domains/beta/b1/copy.odcs.yaml:1:1, "
                                        + "domains/beta/b1/out.odcs.yaml:1:1"),
                        tuple(
                                "domains/beta/b1/out.odcs.yaml",
                                "contract id `beta.b1.out` is declared by 2 files: domains/beta/b1/copy.odcs.yaml:1:1, "
                                        + "domains/beta/b1/out.odcs.yaml:1:1"));
    }

    @Test
    void findingsInAProductFolderBelongToThatProduct() {
        assertThat(result.findings())
                .filteredOn(f -> f.source().file().startsWith("domains/beta/b1/"))
                .extracting(Finding::subject)
                .containsOnly("beta.b1");
    }

    @Test
    void whatCouldBeReadIsKeptDespiteTheErrors() {
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("alpha.a1", "alpha.a1", "beta.b1");
        assertThat(result.mesh().contracts())
                .extracting(c -> c.id())
                .contains("alpha.a1.out", "beta.b1.out", "beta.b1.legacy");
    }

    @Test
    void theBuildFailsOnErrorsUnlessToldNever() {
        assertThat(FailOn.ERROR.failure(result.findings()))
                .hasValueSatisfying(message ->
                        assertThat(message).startsWith("The mesh has ").contains("errors (failOn=error)"));
        assertThat(FailOn.NEVER.failure(result.findings())).isEmpty();
        assertThat(result.findings()).extracting(Finding::severity).contains(Severity.ERROR);
    }
}
