package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Following the README's deprecation path (keep the old major version's port, deprecated) costs a product nothing. */
class DeprecationScoreTest {

    private final MeshResult result = MeshBuild.run(BuildSettings.of(Path.of("src/test/resources/meshes/valid")))
            .result();

    @Test
    void theWarningTheDeprecationPathAnnouncesCostsNoPoints() {
        int before = scores(List.of()).of("shop.orders").score();

        QualityPageViews.ScoreView after =
                scores(List.of(finding("MESH-BREAK-002"))).of("shop.orders");

        assertThat(after.score()).isEqualTo(before);
        assertThat(after.checks().get(5).passed()).isTrue();
        assertThat(after.checks().get(5).detail()).contains("1 warning expected while a deprecated port stays");
    }

    @Test
    void anyOtherWarningStillCounts() {
        int before = scores(List.of()).of("shop.orders").score();

        QualityPageViews.ScoreView after =
                scores(List.of(finding("MESH-BREAK-004"))).of("shop.orders");

        assertThat(after.score()).isLessThan(before);
        assertThat(after.checks().get(5).detail()).isEqualTo("1 warning");
    }

    private Scores scores(List<Finding> extra) {
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(extra);
        return new Scores(new MeshIndex(result.mesh()), new FindingIndex(findings));
    }

    private static Finding finding(String ruleId) {
        return new Finding(
                ruleId,
                Severity.WARNING,
                new Source("domains/shop/orders/orders.odcs.yaml", 1, 1),
                "shop.orders",
                "a change",
                "a hint");
    }
}
