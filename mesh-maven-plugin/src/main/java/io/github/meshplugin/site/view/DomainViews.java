package io.github.meshplugin.site.view;

import java.util.List;

/** What a domain page and a domain's card on the index show. Part of the {@link CatalogView}. */
public final class DomainViews {

    private DomainViews() {}

    /**
     * A domain's card on the index page; {@code consumesFrom} and {@code consumedBy} are the domains with the most
     * dependencies, {@code consumesFromMore} and {@code consumedByMore} how many more the domain's page lists.
     */
    public record DomainSummary(
            String id,
            String name,
            String href,
            String description,
            String ownerName,
            String ownerHref,
            int productCount,
            int averageScore,
            List<DomainEdgeView> consumesFrom,
            List<DomainEdgeView> consumedBy,
            int consumesFromMore,
            int consumedByMore) {}

    /** Another domain and how many product dependencies run between it and this one. */
    public record DomainEdgeView(String name, String href, int edges) {}

    /**
     * A domain's page; {@code products} are those still in use, {@code retired} are listed apart;
     * {@code productList} and {@code retiredList} are the same lists as the page shows them.
     */
    public record DomainPage(
            String id,
            String name,
            String description,
            String ownerName,
            String ownerHref,
            List<CatalogView.ProductRef> products,
            List<DomainEdgeView> consumesFrom,
            List<DomainEdgeView> consumedBy,
            int averageScore,
            int errorCount,
            int warningCount,
            List<CatalogView.ProductRef> retired,
            LongList<CatalogView.ProductRef> productList,
            LongList<CatalogView.ProductRef> retiredList,
            CatalogView.Picture picture) {}
}
