package io.github.meshplugin.site.view;

import java.util.List;

/** What a team page and the ownership page show. Part of the {@link CatalogView}. */
public final class TeamViews {

    private TeamViews() {}

    public record MemberView(String name, String username, String role, String email) {}

    /** {@code productList}: the products as the page shows them. */
    public record TeamPage(
            String id,
            String name,
            String href,
            String description,
            boolean declared,
            List<MemberView> members,
            List<CatalogView.ContactView> contacts,
            List<CatalogView.ProductRef> products,
            List<CatalogView.Link> domains,
            List<ContractViews.ContractRef> contracts,
            LongList<CatalogView.ProductRef> productList,
            LongList<ContractViews.ContractRef> contractList) {}

    /** Products without an owner first, then every team with how many products it owns. */
    public record OwnershipPage(LongList<CatalogView.ProductRef> unowned, LongList<TeamPage> teams) {}
}
