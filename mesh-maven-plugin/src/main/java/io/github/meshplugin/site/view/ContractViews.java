package io.github.meshplugin.site.view;

import java.util.List;

/** What a contract page shows, and the contract's tables as its publisher's page shows them too. Part of the {@link CatalogView}. */
public final class ContractViews {

    private ContractViews() {}

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
            List<CatalogView.KeyValue> settings,
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
     * {@code anchor} is the row's id on the contract page, so search results and links can point at it;
     * {@code usedBy} the consumers that declared the property in their {@code usedProperties} (the first few),
     * {@code usedByNote} what the names leave out ("all consumers", "and 3 more"), or null.
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
            boolean pii,
            String classification,
            boolean critical,
            List<String> tags,
            String description,
            List<QualityView> quality,
            String anchor,
            List<CatalogView.Link> usedBy,
            String usedByNote) {}

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
     * {@code consumerList}: the consumers as the page shows them, {@code consumerReads} what each of those reads,
     * in the same order; {@code support}: where to ask, the publisher's own channels or, when it declares none,
     * those of {@code supportFrom} (its team or its domain's team); {@code downloads}: the files as written;
     * {@code sourceHref} and {@code editHref}: the file in the repository's web view and editor, or null.
     */
    public record ContractPage(
            ContractView contract,
            CatalogView.ProductRef publisher,
            List<CatalogView.ProductRef> consumers,
            List<CatalogView.FindingView> findings,
            List<ChangeViews.ChangeSetView> changeHistory,
            LongList<CatalogView.ProductRef> consumerList,
            List<ConsumerView> consumerReads,
            List<CatalogView.ContactView> support,
            String supportFrom,
            List<PortView> access,
            List<Download> downloads,
            String sourceHref,
            String editHref) {}

    /**
     * A consumer of a contract: the version of the port it reads and the properties it declared it uses; null
     * {@code usedProperties} when it declared none (it may read every property).
     */
    public record ConsumerView(CatalogView.ProductRef product, String version, List<String> usedProperties) {}

    /** An output port that publishes the contract: how a consumer gets the data. */
    public record PortView(String name, String version, String type, String description) {}

    /**
     * A source file copied into the catalog as it was written: {@code href} where the catalog has it,
     * {@code fileName} the name a browser saves it as, {@code source} its path in the mesh.
     */
    public record Download(String label, String href, String fileName, String source) {}

    public record ContractRef(String id, String name, String version, String href, String status) {}
}
