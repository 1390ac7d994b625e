package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.ContractViews.ContractPage;
import io.github.meshplugin.site.view.DomainViews.DomainPage;
import io.github.meshplugin.site.view.ProductViews.ProductPage;
import io.github.meshplugin.site.view.QualityPageViews.HealthStat;
import io.github.meshplugin.site.view.TeamViews.TeamPage;
import java.util.List;

/**
 * Computes the {@link CatalogView} from one build's result, one page family at a time. The long lists are cut in
 * a fixed order (products, teams, ownership, overview, domains, contracts, quality, rules), which numbers their
 * list pages, so the same mesh always gives the same site.
 */
public final class CatalogViews {

    /** How many of the most depended-on products the graph page links to the explorer of. */
    static final int EXPLORE_LINKS = 12;

    private CatalogViews() {}

    private static List<CatalogView.ProductRef> mostDependedOn(GraphAnalysis analysis, ProductRefs refs) {
        return analysis.mostDependedOn().top(EXPLORE_LINKS).stream()
                .map(rank -> refs.of(rank.product()))
                .filter(ref -> ref != null)
                .toList();
    }

    /**
     * @param drawing draws the graph pictures and renders the READMEs the pages carry
     * @param showServerSecrets shows the passwords, tokens and keys of contracts' servers instead of hiding them
     * @param lists cuts the long lists; a test passes shorter lengths to see long lists in a small mesh
     * @param sites where this mesh's site and those of the meshes it reads are published
     * @param provenance the commit the mesh was read at and the links to its files, or {@link Provenance#none()}
     */
    public static CatalogView build(
            MeshResult result,
            String meshName,
            Drawing drawing,
            boolean showServerSecrets,
            LongLists lists,
            MeshSites sites,
            Provenance provenance) {
        MeshIndex index = new MeshIndex(result.mesh());
        FindingIndex findings = new FindingIndex(result.findings(), provenance.links());
        Scores scores = new Scores(index, findings);
        ProductRefs refs = new ProductRefs(index, scores, sites);
        GraphAnalysis analysis = result.analysis();
        ViewContext context = new ViewContext(
                result.graph(),
                analysis,
                index,
                findings,
                scores,
                refs,
                new ProductImpact(analysis, refs),
                lists,
                new ChangeViews(result));
        GraphPages pictures = new GraphPages(index, refs, result.graph(), drawing);
        ContractPages contractPages = new ContractPages(context, showServerSecrets, provenance.branch());
        ProductPages productPages = new ProductPages(context, contractPages, pictures);
        List<ProductPage> products =
                index.products().stream().map(productPages::page).toList();
        TeamPages teamPages = new TeamPages(context);
        List<TeamPage> teams =
                result.mesh().teams().stream().map(teamPages::page).toList();
        List<HealthStat> health = scores.health();
        TeamViews.OwnershipPage ownership = teamPages.ownership(teams);
        DomainPages domainPages = new DomainPages(context, pictures);
        OverviewViews.Overview overview = OverviewPage.of(context, domainPages, health);
        List<DomainPage> domains =
                result.mesh().domains().stream().map(domainPages::page).toList();
        List<ContractPage> contracts =
                index.contracts().stream().map(contractPages::page).toList();
        QualityPageViews.QualityPage quality = new QualityPages(context, result.silenced()).page(health);
        List<BrowseViews.BrowseList> browse = new BrowsePages(context).lists();
        return new CatalogView(
                provenance.meta(meshName, "mesh-maven-plugin", sites),
                overview,
                domains,
                products,
                contracts,
                teams,
                ownership,
                quality,
                RulePages.views(result, context),
                lists.pages(),
                pictures.graphPage(mostDependedOn(analysis, refs)),
                browse,
                pictures.explorers().explorer(refs, result.graph()));
    }
}
