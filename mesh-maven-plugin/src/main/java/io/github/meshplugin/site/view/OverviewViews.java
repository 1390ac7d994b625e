package io.github.meshplugin.site.view;

import java.util.List;

/** What the index page shows: the mesh in figures, products by status and the shape of the graph. Part of the {@link CatalogView}. */
public final class OverviewViews {

    private OverviewViews() {}

    /** The index page. {@code statuses}: products per lifecycle status; {@code notActive}: the non-active ones. */
    public record Overview(
            int domainCount,
            int productCount,
            int contractCount,
            int teamCount,
            int edgeCount,
            int crossDomainEdgeCount,
            int errorCount,
            int warningCount,
            int averageScore,
            LongList<DomainViews.DomainSummary> domains,
            List<StatusCount> statuses,
            LongList<CatalogView.ProductRef> notActive,
            List<QualityPageViews.HealthStat> health,
            GraphOverview graph) {}

    public record StatusCount(String status, int count) {}

    /**
     * The overview's figures about the graph: the most depended-on products ({@code betweennessExact} false when
     * betweenness was estimated from a sample, in large meshes), the domain coupling matrix, how many layers the
     * dependencies form and how many products are in cycles.
     */
    public record GraphOverview(
            List<DependedOnView> mostDependedOn,
            boolean betweennessExact,
            CouplingView coupling,
            int layerCount,
            int productsInCycles) {}

    /** A product the mesh leans on: its direct consumers, all its dependents, and its betweenness. */
    public record DependedOnView(CatalogView.ProductRef ref, int consumers, int dependents, String betweenness) {}

    /**
     * The domain x domain matrix of dependency edges (consuming domain in rows, producing domain in columns);
     * {@code shownDomains} of {@code totalDomains}: a large mesh shows its most coupled domains only.
     */
    public record CouplingView(
            List<CatalogView.Link> domains,
            List<CouplingRow> rows,
            int crossDomainEdges,
            int totalEdges,
            int crossDomainPercent,
            int shownDomains,
            int totalDomains) {}

    /** One consuming domain's row; {@code cells} follow {@link CouplingView#domains()}. */
    public record CouplingRow(CatalogView.Link domain, List<Integer> cells) {}
}
