package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ContractViews;
import io.github.meshplugin.site.view.DomainViews;
import io.github.meshplugin.site.view.ExplorerViews;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.ListPage;
import io.github.meshplugin.site.view.ProductViews;
import io.github.meshplugin.site.view.QualityPageViews;
import io.github.meshplugin.site.view.TeamViews;
import java.util.ArrayList;
import java.util.List;

/** Every HTML page of the catalog: which template lays out which part of the view, where, under which title. */
final class SitePages {

    private SitePages() {}

    /** One HTML page to render: where it goes, its template, its title and what the template shows. */
    record Page(String path, String template, String title, Object model) {}

    static List<Page> of(CatalogView view) {
        List<Page> pages = new ArrayList<>();
        pages.add(
                new Page("index.html", "index.ftlh", view.meta().meshName() + ": data mesh catalog", view.overview()));
        for (DomainViews.DomainPage domain : view.domains()) {
            pages.add(new Page(Hrefs.domain(domain.id()), "domain.ftlh", "Domain " + domain.name(), domain));
        }
        for (ProductViews.ProductPage product : view.products()) {
            pages.add(
                    new Page(product.ref().href(), "product.ftlh", product.ref().name(), product));
        }
        for (ContractViews.ContractPage contract : view.contracts()) {
            pages.add(new Page(
                    contract.contract().href(),
                    "contract.ftlh",
                    "Contract " + contract.contract().name(),
                    contract));
        }
        for (TeamViews.TeamPage team : view.teams()) {
            pages.add(new Page(team.href(), "team.ftlh", "Team " + team.name(), team));
        }
        pages.add(new Page("ownership.html", "ownership.ftlh", "Ownership", view.ownership()));
        pages.add(new Page("quality.html", "quality.ftlh", "Quality", view.quality()));
        pages.add(new Page("rules.html", "rules.ftlh", "Rules", new SiteRenderer.RulesPage(view.rules())));
        pages.add(new Page("search.html", "search.ftlh", "Search results", view.meta()));
        if (view.graph() != null) {
            pages.add(new Page(Hrefs.GRAPH_PAGE, "graph.ftlh", "Domain map", view.graph()));
        }
        if (view.explorer() != null) {
            ExplorerViews.ExplorerPage explorer = view.explorer().page();
            pages.add(new Page(explorer.href(), "explorer.ftlh", "Lineage explorer", explorer));
        }
        for (QualityPageViews.RuleView rule : view.rules()) {
            pages.add(new Page(rule.href(), "rule.ftlh", rule.id() + " " + rule.title(), rule));
        }
        view.browse().stream()
                .flatMap(list -> list.pages().stream())
                .forEach(browse -> pages.add(new Page(browse.href(), "browse.ftlh", browse.title(), browse)));
        for (ListPage list : view.lists()) {
            pages.add(new Page(list.href(), "list.ftlh", list.title() + ", page " + list.number(), list));
        }
        return pages;
    }
}
