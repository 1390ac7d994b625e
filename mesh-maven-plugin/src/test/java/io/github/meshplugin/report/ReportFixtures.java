package io.github.meshplugin.report;

import io.github.meshplugin.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Source;
import java.nio.file.Path;

/** The fixture meshes, read once per JVM because every report test starts from them. */
final class ReportFixtures {

    private static MeshBuild.Result broken;
    private static MeshBuild.Result valid;

    private ReportFixtures() {}

    static synchronized MeshBuild.Result broken() {
        if (broken == null) {
            broken = MeshBuild.defaults().run(Path.of("src/test/resources/meshes/broken"));
        }
        return broken;
    }

    static synchronized MeshBuild.Result valid() {
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
