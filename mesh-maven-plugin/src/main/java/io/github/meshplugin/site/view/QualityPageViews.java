package io.github.meshplugin.site.view;

import java.util.List;

/** What the quality and rules pages show: scores with their checks, findings, suppressions. Part of the {@link CatalogView}. */
public final class QualityPageViews {

    private QualityPageViews() {}

    /**
     * The quality page: every product's score and checks, a per-domain roll-up and mesh-wide health figures.
     */
    public record QualityPage(
            LongList<QualityRow> products,
            List<DomainQuality> domains,
            List<HealthStat> health,
            LongList<ProductFindings> productFindings,
            List<CatalogView.FindingView> meshFindings,
            List<SuppressedView> suppressed) {}

    /** The findings of one product, for the quality page's list of everything that needs fixing. */
    public record ProductFindings(CatalogView.ProductRef ref, List<CatalogView.FindingView> findings) {}

    public record QualityRow(CatalogView.ProductRef ref, ScoreView score, int errors, int warnings) {}

    public record DomainQuality(String name, String href, int averageScore, int products, int errors, int warnings) {}

    /** A mesh-wide figure such as "products with an owner: 12 of 14 (86%)". */
    public record HealthStat(String label, int count, int total, int percent) {}

    /** A score from 0 to 100 and the checks it is made of, so it is never only a number. */
    public record ScoreView(int score, List<CheckView> checks) {}

    public record CheckView(String label, boolean passed, String detail) {}

    /**
     * A rule and how this mesh applies it: {@code severity} is the default, {@code configuredSeverity} what the
     * mesh's policy makes of it ("off" when turned off); {@code href} is its own page; {@code findingList}: the
     * findings as that page shows them.
     */
    public record RuleView(
            String id,
            String anchor,
            String href,
            String severity,
            String configuredSeverity,
            String title,
            String rationale,
            String fix,
            String example,
            int findingCount,
            int suppressedCount,
            List<CatalogView.FindingView> findings,
            LongList<CatalogView.FindingView> findingList) {}

    /** A finding a suppression silenced, shown with the reason so nothing is hidden. */
    public record SuppressedView(CatalogView.FindingView finding, String target, String reason, String suppressedAt) {}
}
