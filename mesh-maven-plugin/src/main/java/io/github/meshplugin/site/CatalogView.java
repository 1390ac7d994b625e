package io.github.meshplugin.site;

import java.util.List;

/**
 * Everything the catalog pages show, computed once by {@link CatalogViewBuilder}. Templates only lay this out:
 * every text is already chosen, every list sorted, every link written. All {@code href}s are relative to the
 * site root; a page prefixes them with its own {@code root} ("" or "../"), so the site works from any folder.
 * Values from user files are raw text: templates escape them (HTML auto-escaping); the only pre-rendered HTML
 * is {@link ProductPage#readmeHtml()}, sanitised when it was rendered.
 */
public record CatalogView(
        Meta meta,
        Overview overview,
        List<DomainPage> domains,
        List<ProductPage> products,
        List<ContractPage> contracts,
        List<TeamPage> teams,
        OwnershipPage ownership,
        QualityPage quality,
        List<RuleView> rules,
        List<ListPage> lists,
        GraphPage graph) {

    /** The mesh as a whole: its name and the generator, for page titles and footers. */
    public record Meta(String meshName, String generator) {}

    public record Link(String label, String href) {}

    /** A product wherever it is listed: enough to link it and show its status, domain, owner and score. */
    public record ProductRef(
            String id,
            String name,
            String href,
            String domainId,
            String domainName,
            String domainHref,
            String status,
            String ownerName,
            String ownerHref,
            boolean ownerInherited,
            int score) {}

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
            LongList<DomainSummary> domains,
            List<StatusCount> statuses,
            LongList<ProductRef> notActive,
            List<HealthStat> health,
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
    public record DependedOnView(ProductRef ref, int consumers, int dependents, String betweenness) {}

    /**
     * The domain x domain matrix of dependency edges (consuming domain in rows, producing domain in columns);
     * {@code shownDomains} of {@code totalDomains}: a large mesh shows its most coupled domains only.
     */
    public record CouplingView(
            List<Link> domains,
            List<CouplingRow> rows,
            int crossDomainEdges,
            int totalEdges,
            int crossDomainPercent,
            int shownDomains,
            int totalDomains) {}

    /** One consuming domain's row; {@code cells} follow {@link CouplingView#domains()}. */
    public record CouplingRow(Link domain, List<Integer> cells) {}

    /**
     * What depends on a product, from the graph analyses: {@code products} dependents in total, of which the
     * page lists the first and says {@code more} are left out; the ids of the {@code domains} and {@code teams}
     * they belong to; the product's layer (0: it reads from no other product) and whether it is in a cycle.
     */
    public record ImpactView(
            int products, int more, List<String> domains, List<String> teams, int layer, boolean inCycle) {}

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
            List<ProductRef> products,
            List<DomainEdgeView> consumesFrom,
            List<DomainEdgeView> consumedBy,
            int averageScore,
            int errorCount,
            int warningCount,
            List<ProductRef> retired,
            LongList<ProductRef> productList,
            LongList<ProductRef> retiredList,
            Picture picture) {}

    /**
     * A product page. {@code upstream}/{@code downstream}: direct producers and consumers;
     * {@code blastRadius}: the products that depend on this one, transitively, by name; at most
     * {@link CatalogViewBuilder#BLAST_RADIUS_LISTED}, the rest counted in {@code impact}; {@code downstreamList}:
     * the downstream products as the page shows them.
     */
    public record ProductPage(
            ProductRef ref,
            String version,
            String purpose,
            String limitations,
            String usage,
            List<String> tags,
            List<ContactView> support,
            List<PortView> inputPorts,
            List<PortView> outputPorts,
            List<ContractView> contracts,
            String readmeHtml,
            List<ProductRef> upstream,
            List<ProductRef> downstream,
            List<ProductRef> blastRadius,
            int blastRadiusTeams,
            int blastRadiusDomains,
            List<FindingView> findings,
            ScoreView score,
            String sourceFile,
            List<KeyValue> customProperties,
            Lifecycle lifecycle,
            String badgeHref,
            String jsonHref,
            List<ChangeViews.DeprecationView> deprecations,
            ImpactView impact,
            LongList<ProductRef> downstreamList,
            Picture neighbourhood) {}

    /**
     * A graph picture: {@code svg} is inline SVG laid out and drawn at build time, every user text in it escaped
     * (like {@link ProductPage#readmeHtml()}, it is the only other pre-rendered markup); {@code summary} says in
     * words what it shows.
     */
    public record Picture(String svg, String summary) {}

    /** The graph page: the mesh drawn as a map of domains. */
    public record GraphPage(Picture domainMap) {}

    /**
     * What a deprecated or retired product's banner says: the replacement (from the custom property
     * {@code replacedBy}; {@code replacementId} when it names no product of the mesh) and the date it goes away
     * ({@code sunsetDate} or {@code endOfLife}).
     */
    public record Lifecycle(ProductRef replacement, String replacementId, String sunsetDate) {}

    public record KeyValue(String key, String value) {}

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
            List<ProductRef> counterparts,
            LongList<ProductRef> counterpartList) {}

    public record ContractView(
            String id,
            String name,
            String version,
            String status,
            String apiVersion,
            String href,
            String purpose,
            String usage,
            String limitations,
            List<String> tags,
            String sourceFile,
            List<ObjectView> objects,
            List<SlaView> sla,
            int propertyCount,
            int piiCount,
            int qualityRuleCount,
            List<ServerView> servers) {}

    /**
     * A server of a contract (where its data lives). Secrets in its settings are already replaced by
     * {@link ServerSecrets#HIDDEN} unless the build shows them; {@code hiddenCount} says how many were hidden.
     */
    public record ServerView(
            String server,
            String type,
            String environment,
            String description,
            List<KeyValue> settings,
            int hiddenCount) {}

    public record ObjectView(
            String name,
            String physicalName,
            String physicalType,
            String description,
            List<PropertyView> properties,
            List<QualityView> quality) {}

    /**
     * A property row; {@code depth} > 0 for nested properties, {@code path} like {@code address.city};
     * {@code anchor} is the row's id on the contract page, so search results and links can point at it.
     */
    public record PropertyView(
            String name,
            String path,
            int depth,
            String logicalType,
            String physicalType,
            boolean required,
            boolean primaryKey,
            boolean unique,
            String classification,
            boolean pii,
            boolean critical,
            List<String> tags,
            String description,
            List<QualityView> quality,
            String anchor) {}

    public record QualityView(
            String title,
            String type,
            String dimension,
            String severity,
            String description,
            String expectation,
            String query) {}

    public record SlaView(String property, String value, String unit, String element, String driver) {}

    /**
     * {@code changeHistory}: changes since the baseline first, then per commit, newest first;
     * {@code consumerList}: the consumers as the page shows them.
     */
    public record ContractPage(
            ContractView contract,
            ProductRef publisher,
            List<ProductRef> consumers,
            List<FindingView> findings,
            List<ChangeViews.ChangeSetView> changeHistory,
            LongList<ProductRef> consumerList) {}

    /** A support channel; {@code url} is null unless it is a safe http(s) or mailto link. */
    public record ContactView(String channel, String tool, String url, String scope, String description) {}

    public record MemberView(String name, String username, String role, String email) {}

    /** {@code productList}: the products as the page shows them. */
    public record TeamPage(
            String id,
            String name,
            String href,
            String description,
            boolean declared,
            List<MemberView> members,
            List<ContactView> contacts,
            List<ProductRef> products,
            List<Link> domains,
            List<ContractRef> contracts,
            LongList<ProductRef> productList,
            LongList<ContractRef> contractList) {}

    public record ContractRef(String id, String name, String version, String href, String status) {}

    /** Products without an owner first, then every team with how many products it owns. */
    public record OwnershipPage(LongList<ProductRef> unowned, LongList<TeamPage> teams) {}

    /**
     * The quality page: every product's score and checks, a per-domain roll-up and mesh-wide health figures.
     */
    public record QualityPage(
            LongList<QualityRow> products,
            List<DomainQuality> domains,
            List<HealthStat> health,
            LongList<ProductFindings> productFindings,
            List<FindingView> meshFindings,
            List<SuppressedView> suppressed) {}

    /** The findings of one product, for the quality page's list of everything that needs fixing. */
    public record ProductFindings(ProductRef ref, List<FindingView> findings) {}

    public record QualityRow(ProductRef ref, ScoreView score, int errors, int warnings) {}

    public record DomainQuality(String name, String href, int averageScore, int products, int errors, int warnings) {}

    /** A mesh-wide figure such as "products with an owner: 12 of 14 (86%)". */
    public record HealthStat(String label, int count, int total, int percent) {}

    /** A score from 0 to 100 and the checks it is made of, so it is never only a number. */
    public record ScoreView(int score, List<CheckView> checks) {}

    public record CheckView(String label, boolean passed, String detail) {}

    public record FindingView(
            String ruleId, String ruleHref, String severity, String location, String message, String hint) {}

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
            List<FindingView> findings,
            LongList<FindingView> findingList) {}

    /** A finding a suppression silenced, shown with the reason so nothing is hidden. */
    public record SuppressedView(FindingView finding, String target, String reason, String suppressedAt) {}
}
