package io.github.meshplugin.report;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;

/** The fixture meshes, read once per JVM because every report test starts from them. */
final class ReportFixtures {

    private static MeshResult broken;
    private static MeshResult valid;

    private ReportFixtures() {}

    static synchronized MeshResult broken() {
        if (broken == null) {
            broken = MeshBuild.defaults().run(Path.of("src/test/resources/meshes/broken"));
        }
        return broken;
    }

    static synchronized MeshResult valid() {
        if (valid == null) {
            valid = MeshBuild.defaults().run(Path.of("src/test/resources/meshes/valid"));
        }
        return valid;
    }

    static Finding finding(
            String ruleId,
            Severity severity,
            String file,
            int line,
            int column,
            String subject,
            String message,
            String hint) {
        return new Finding(ruleId, severity, new Source(file, line, column), subject, message, hint);
    }
}
