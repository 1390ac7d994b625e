package io.github.meshplugin.site.view;

import java.util.List;

/** What a product page shows: ports, lineage, impact and lifecycle. Part of the {@link CatalogView}. */
public final class ProductViews {

    private ProductViews() {}

    /**
     * What depends on a product, from the graph analyses: {@code products} dependents in total, of which the
     * page lists the first and says {@code more} are left out; the ids of the {@code domains} and {@code teams}
     * they belong to; the product's layer (0: it reads from no other product) and whether it is in a cycle.
     */
    public record ImpactView(
            int products, int more, List<String> domains, List<String> teams, int layer, boolean inCycle) {}

    /**
     * A product page. {@code upstream}/{@code downstream}: direct producers and consumers;
     * {@code blastRadius}: the products that depend on this one, transitively, by name; at most
     * {@link ProductImpact#BLAST_RADIUS_LISTED}, the rest counted in {@code impact}; {@code downstreamList}:
     * the downstream products as the page shows them.
     */
    public record ProductPage(
            CatalogView.ProductRef ref,
            String version,
            String purpose,
            String limitations,
            String usage,
            List<String> tags,
            List<CatalogView.ContactView> support,
            List<PortView> inputPorts,
            List<PortView> outputPorts,
            List<ContractViews.ContractView> contracts,
            String readmeHtml,
            List<CatalogView.ProductRef> upstream,
            List<CatalogView.ProductRef> downstream,
            List<CatalogView.ProductRef> blastRadius,
            int blastRadiusTeams,
            int blastRadiusDomains,
            List<CatalogView.FindingView> findings,
            QualityPageViews.ScoreView score,
            String sourceFile,
            List<CatalogView.KeyValue> customProperties,
            Lifecycle lifecycle,
            String badgeHref,
            String jsonHref,
            List<ChangeViews.DeprecationView> deprecations,
            ImpactView impact,
            LongList<CatalogView.ProductRef> downstreamList,
            CatalogView.Picture neighbourhood) {}

    /**
     * What a deprecated or retired product's banner says: the replacement (from the custom property
     * {@code replacedBy}; {@code replacementId} when it names no product of the mesh) and the date it goes away
     * ({@code sunsetDate} or {@code endOfLife}).
     */
    public record Lifecycle(CatalogView.ProductRef replacement, String replacementId, String sunsetDate) {}

    /**
     * A port. For an input port, {@code counterparts} is the producing product (empty if none publishes the
     * contract); for an output port, the consuming products. {@code contractHref} is null when the contract
     * does not exist in the mesh. {@code counterpartList}: the counterparts as the page shows them.
     */
    public record PortView(
            String name,
            String version,
            String type,
            String description,
            String contractId,
            String contractName,
            String contractHref,
            List<CatalogView.ProductRef> counterparts,
            LongList<CatalogView.ProductRef> counterpartList) {}
}
