package io.github.meshplugin.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersioningRulesTest {

    @TempDir
    Path dir;

    @Test
    void everyVersionThatIsNotSemanticIsReportedWhereItIsWritten() {
        TestMesh mesh = new TestMesh(dir)
                .team("checkout")
                .file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                version: 1.0
                status: draft
                team: {name: checkout}
                inputPorts:
                  - {name: stock, version: v1.2.3, contractId: sales.orders.lines}
                outputPorts:
                  - {name: lines, version: latest, contractId: sales.orders.lines}
                """)
                .file("domains/sales/orders/lines.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: sales.orders.lines
                version: 2024-05
                status: active
                """);

        assertThat(mesh.findings("MESH-VER-001"))
                .extracting(Finding::severity, f -> f.source().location(), Finding::message, Finding::hint)
                .containsExactlyInAnyOrder(
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/orders.odps.yaml:1:1",
                                "product `sales.orders` "
                                        + "has version `1.0`, which is not a semantic version (MAJOR.MINOR.PATCH, such as "
                                        + "1.2.0)",
                                "Write `version: \"1.0.0\"`."),
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/orders.odps.yaml:10:5",
                                "output port `lines` "
                                        + "of `sales.orders` has version `latest`, which is not a semantic version "
                                        + "(MAJOR.MINOR.PATCH, such as 1.2.0)",
                                VersionsAreSemantic.INFO.fix()),
                        tuple(
                                Severity.WARNING,
                                "domains/sales/orders/lines.odcs.yaml:1:1",
                                "contract "
                                        + "`sales.orders.lines` has version `2024-05`, which is not a semantic version "
                                        + "(MAJOR.MINOR.PATCH, such as 1.2.0)",
                                VersionsAreSemantic.INFO.fix()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.0.0",
                "v1.2.3",
                "10.20.30",
                "0.1.0",
                "1.0.0-alpha.1",
                "1.0.0-rc.1+build.5",
                "2.0.0+20240501",
                "1.0.0-x-y-z.--"
            })
    void semanticVersionsWithOrWithoutALeadingVAreAccepted(String version) {
        assertThat(VersionsAreSemantic.isSemantic(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "1.0",
                "1.0.0.0",
                "01.0.0",
                "1.02.0",
                "1.0.0-",
                "1.0.0-01",
                "1.0.0+",
                "V1.0.0",
                "vv1.0.0",
                "v",
                "latest",
                " 1.0.0",
                "1.0.0 "
            })
    void anythingElseIsNot(String version) {
        assertThat(VersionsAreSemantic.isSemantic(version)).isFalse();
    }

    @Test
    void aHostileVersionIsRejectedWithoutBacktrackingForever() {
        String hostile = "1.0.0-" + "1".repeat(200_000) + "!";

        Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThat(VersionsAreSemantic.isSemantic(hostile)).isFalse());
    }
}
