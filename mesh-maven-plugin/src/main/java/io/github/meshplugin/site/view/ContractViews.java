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
            boolean pii,
            String classification,
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
            CatalogView.ProductRef publisher,
            List<CatalogView.ProductRef> consumers,
            List<CatalogView.FindingView> findings,
            List<ChangeViews.ChangeSetView> changeHistory,
            LongList<CatalogView.ProductRef> consumerList) {}

    public record ContractRef(String id, String name, String version, String href, String status) {}
}
