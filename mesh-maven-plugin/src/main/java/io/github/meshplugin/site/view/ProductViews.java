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
     * the downstream products as the page shows them; {@code support}: the channels to ask, with whose they are
     * when the product declares none; {@code access}: how to reach each output port's data;
     * {@code contractSummaries}: the product's contracts in a line each (the contract pages have the schema; the
     * page's model stays small, so digesting it to know whether it changed stays cheap); {@code exploreHref} its
     * lineage explorer, beyond two hops, or null when the catalog has none; {@code mesh}: the coordinates of the
     * mesh of another repository that published the product, null for this mesh's own.
     */
    public record ProductPage(
            CatalogView.ProductRef ref,
            String version,
            String purpose,
            String limitations,
            String usage,
            List<String> tags,
            Support support,
            List<PortView> inputPorts,
            List<PortView> outputPorts,
            CatalogView.Markdown readme,
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
            CatalogView.Picture neighbourhood,
            List<AccessView> access,
            List<ContractSummary> contractSummaries,
            String exploreHref,
            String mesh) {

        /** The README as sanitised HTML, or null; rendered on each call (templates call it once, on a page). */
        public String readmeHtml() {
            return readme == null ? null : readme.html();
        }
    }

    /**
     * Support channels: the product's own, or, when it declares none, {@code from} names whose they are (the
     * owner team, then the domain owner) and {@code fromHref} links that team.
     */
    public record Support(List<CatalogView.ContactView> channels, String from, String fromHref) {}

    /** How to reach an output port's data: the port, its contract, and the contract's servers. */
    public record AccessView(
            String port,
            String version,
            String type,
            String contractId,
            String contractName,
            String contractHref,
            String contractVersion,
            List<Location> servers) {}

    /** A server of a contract: its type, and where it is ({@code where}: host, database... secrets hidden). */
    public record Location(String server, String type, String environment, String where) {}

    /**
     * A contract as a product page lists it: counts, the first service levels ({@code slaCount} in all) and the
     * link to the contract page, which has the schema.
     */
    public record ContractSummary(
            String id,
            String name,
            String version,
            String status,
            String href,
            int objectCount,
            int propertyCount,
            int piiCount,
            int qualityRuleCount,
            List<ContractViews.SlaView> slaHighlights,
            int slaCount) {}

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
