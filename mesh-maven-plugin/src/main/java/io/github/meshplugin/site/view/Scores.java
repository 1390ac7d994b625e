package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.QualityPageViews.CheckView;
import io.github.meshplugin.site.view.QualityPageViews.HealthStat;
import io.github.meshplugin.site.view.QualityPageViews.ScoreView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every product's score, from transparent checks each with its reason (the score is the share of checks passed),
 * and the mesh-wide health figures: how many products pass each check.
 */
final class Scores {

    private static final String[] HEALTH_LABELS = {
        "Products with an owner",
        "Products with documentation",
        "Products with valid contracts",
        "Products with SLAs",
        "Products with quality rules",
        "Products without open findings"
    };

    /**
     * Warnings the README's deprecation path tells a product to expect: breaking under a new major version while the
     * old version's port stays, deprecated. Following that path is the good practice, so it costs no points.
     */
    private static final Set<String> EXPECTED_WHILE_DEPRECATING = Set.of("MESH-BREAK-002");

    private final Mesh mesh;
    private final MeshIndex index;
    private final FindingIndex findings;
    private final Map<String, ScoreView> scores = new HashMap<>();

    Scores(MeshIndex index, FindingIndex findings) {
        this.mesh = index.mesh();
        this.index = index;
        this.findings = findings;
        for (DataProduct product : mesh.products()) {
            scores.putIfAbsent(product.id(), score(product));
        }
    }

    ScoreView of(String productId) {
        return scores.get(productId);
    }

    int average(List<DataProduct> products) {
        return (int) Math.round(
                products.stream().mapToInt(p -> of(p.id()).score()).average().orElse(0));
    }

    List<HealthStat> health() {
        List<HealthStat> stats = new ArrayList<>();
        List<DataProduct> products = index.products();
        for (int check = 0; check < HEALTH_LABELS.length; check++) {
            int at = check;
            int passed = (int) products.stream()
                    .filter(p -> of(p.id()).checks().get(at).passed())
                    .count();
            stats.add(new HealthStat(
                    HEALTH_LABELS[check],
                    passed,
                    products.size(),
                    products.isEmpty() ? 0 : Math.round(100f * passed / products.size())));
        }
        return stats;
    }

    /** Transparent criteria, each a check with its reason; the score is the share of checks passed. */
    private ScoreView score(DataProduct product) {
        List<Contract> published = index.published(product);
        List<Finding> own = findings.ofProduct(product.id());
        List<CheckView> checks = new ArrayList<>();
        checks.add(new CheckView(
                "Owner",
                product.owner() != null,
                product.owner() == null
                        ? "No owning team"
                        : "Owned by "
                                + mesh.team(product.ownerTeam())
                                        .map(Team::displayName)
                                        .orElse(product.ownerTeam())
                                + (product.owner().inherited() ? " (inherited from the domain)" : "")));
        boolean documented = product.purpose() != null && product.readme() != null;
        checks.add(new CheckView(
                "Documentation",
                documented,
                documented
                        ? "Purpose and README present"
                        : product.purpose() == null ? "No purpose in the descriptor's description" : "No README.md"));
        long missing = product.outputPorts().stream()
                .filter(port -> mesh.contract(port.contractId()).isEmpty())
                .count();
        long contractErrors = own.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.source().file().endsWith(".odcs.yaml"))
                .count();
        boolean valid = !product.outputPorts().isEmpty() && missing == 0 && contractErrors == 0;
        checks.add(new CheckView(
                "Valid contracts",
                valid,
                product.outputPorts().isEmpty()
                        ? "No output port"
                        : missing > 0
                                ? count(missing, "output port", "output ports") + " without a contract"
                                : contractErrors > 0
                                        ? count(contractErrors, "error", "errors") + " in contract files"
                                        : published.size() == 1
                                                ? "1 contract, valid"
                                                : published.size() + " contracts, all valid"));
        boolean sla = !published.isEmpty()
                && published.stream().allMatch(c -> !c.slaProperties().isEmpty());
        checks.add(new CheckView(
                "SLA declared",
                sla,
                sla ? "Every contract declares SLA properties" : "A published contract declares no SLA property"));
        boolean quality = !published.isEmpty() && published.stream().allMatch(c -> MeshIndex.qualityRuleCount(c) > 0);
        checks.add(new CheckView(
                "Quality rules",
                quality,
                quality ? "Every contract declares quality rules" : "A published contract declares no quality rule"));
        long errors = own.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = own.stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> !EXPECTED_WHILE_DEPRECATING.contains(f.ruleId()))
                .count();
        long expected = own.stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> EXPECTED_WHILE_DEPRECATING.contains(f.ruleId()))
                .count();
        checks.add(new CheckView(
                "No open findings",
                errors + warnings == 0,
                errors + warnings == 0
                        ? expected == 0
                                ? "No errors or warnings"
                                : "No errors or warnings beyond the "
                                        + count(expected, "warning", "warnings")
                                        + " expected while a deprecated port stays for its consumers"
                        : errors == 0
                                ? count(warnings, "warning", "warnings")
                                : warnings == 0
                                        ? count(errors, "error", "errors")
                                        : count(errors, "error", "errors") + " and "
                                                + count(warnings, "warning", "warnings")));
        int passed = (int) checks.stream().filter(CheckView::passed).count();
        return new ScoreView(Math.round(100f * passed / checks.size()), checks);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
