package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.model.TeamMember;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ContractViews.ContractRef;
import io.github.meshplugin.site.view.TeamViews.MemberView;
import io.github.meshplugin.site.view.TeamViews.OwnershipPage;
import io.github.meshplugin.site.view.TeamViews.TeamPage;
import java.util.Comparator;
import java.util.List;

/** The team pages and the ownership page: who owns which products, domains and contracts. */
final class TeamPages {

    private final ViewContext context;
    private final Mesh mesh;
    private final LongLists longLists;

    TeamPages(ViewContext context) {
        this.context = context;
        this.mesh = context.index().mesh();
        this.longLists = context.lists();
    }

    /** Products without an owner first, then every team. */
    OwnershipPage ownership(List<TeamPage> teams) {
        Link ownership = new Link("Ownership", "ownership.html");
        return new OwnershipPage(
                longLists.cut(
                        "unowned",
                        null,
                        "Products without an owner",
                        ownership,
                        context.refs().where(p -> p.owner() == null)),
                longLists.cut("teams", null, "Teams", ownership, teams));
    }

    TeamPage page(Team team) {
        List<MemberView> members = team.members().stream()
                .map((TeamMember m) -> new MemberView(m.displayName(), m.username(), m.role(), m.email()))
                .toList();
        List<DataProduct> owned = mesh.productsOwnedBy(team.id());
        List<Link> domains = mesh.domains().stream()
                .filter(d -> team.id().equals(d.ownerTeam()))
                .map(d -> new Link(d.displayName(), Hrefs.domain(d.id())))
                .toList();
        List<ContractRef> contracts = owned.stream()
                .flatMap(p -> context.index().published(p).stream())
                .sorted(Comparator.comparing(Contract::id))
                .map(c -> new ContractRef(
                        c.id(),
                        c.displayName(),
                        c.version(),
                        context.index().href(c),
                        c.status().label()))
                .toList();
        List<ProductRef> products =
                context.refs().of(owned.stream().map(DataProduct::id).distinct().toList());
        Link back = new Link("Team " + team.displayName(), Hrefs.team(team.id()));
        return new TeamPage(
                team.id(),
                team.displayName(),
                Hrefs.team(team.id()),
                team.description(),
                team.declared(),
                members,
                Contacts.views(team.contacts()),
                products,
                domains,
                contracts,
                longLists.cut(
                        "team-products", team.id(), "Data products owned by " + team.displayName(), back, products),
                longLists.cut(
                        "team-contracts",
                        team.id(),
                        "Contracts published by " + team.displayName() + "'s products",
                        back,
                        contracts));
    }
}
