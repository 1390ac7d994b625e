package io.github.meshplugin.site.view;

import java.util.List;

/**
 * Everything the catalog pages show, computed once by {@link CatalogViews}. Templates only lay this out:
 * every text is already chosen, every list sorted, every link written. All {@code href}s are relative to the
 * site root; a page prefixes them with its own {@code root} ("" or "../"), so the site works from any folder.
 * Values from user files are raw text: templates escape them (HTML auto-escaping); the only pre-rendered HTML
 * is {@link ProductViews.ProductPage#readmeHtml()}, sanitised when it is rendered.
 */
public record CatalogView(
        Meta meta,
        OverviewViews.Overview overview,
        List<DomainViews.DomainPage> domains,
        List<ProductViews.ProductPage> products,
        List<ContractViews.ContractPage> contracts,
        List<TeamViews.TeamPage> teams,
        TeamViews.OwnershipPage ownership,
        QualityPageViews.QualityPage quality,
        List<QualityPageViews.RuleView> rules,
        List<ListPage> lists,
        GraphPage graph,
        List<BrowseViews.BrowseList> browse,
        ExplorerViews.Explorer explorer) {

    /**
     * The mesh as a whole, for page titles and footers: its name, the generator, and where the catalog comes
     * from: the git commit it was built from, that commit's time ({@code builtAt}), the repository's web view
     * of the mesh ({@code repositoryHref}); null outside git. {@code siteUrl} is where this catalog is published
     * and {@code meshes} the other repositories' meshes it shows, when it reads any.
     */
    public record Meta(
            String meshName,
            String generator,
            String commit,
            String shortCommit,
            String builtAt,
            String repositoryHref,
            String siteUrl,
            List<MeshSite> meshes) {

        public Meta {
            meshes = meshes == null ? List.of() : List.copyOf(meshes);
        }

        public Meta(String meshName, String generator) {
            this(meshName, generator, null, null, null, null, null, List.of());
        }
    }

    /** Another repository's mesh whose products this catalog shows, and where its own site is published. */
    public record MeshSite(String coordinates, String siteUrl) {}

    public record Link(String label, String href) {}

    /**
     * A product wherever it is listed: enough to link it and show its status, domain, owner and score.
     * {@code remoteHref}: the product's page on the site of the mesh (of another repository) it comes from.
     */
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
            int score,
            String remoteHref) {}

    /**
     * A graph picture: what it shows ({@code sketch}), drawn as inline SVG only when its page is rendered, every
     * user text in it escaped (like {@link ProductViews.ProductPage#readmeHtml()}, it is the only other
     * pre-rendered markup); {@code summary} says in words what it shows. Drawn late, a picture costs nothing on a
     * page the renderer leaves as it was, and the view never holds the drawings of the whole site at once.
     *
     * @param root the way back from the picture's page to the site root, which its links start with
     */
    public record Picture(Sketch sketch, String root, String summary, Drawing drawing) {

        public String svg() {
            return drawing.svg(sketch, root);
        }
    }

    /**
     * A text written in Markdown, rendered to sanitised HTML when its page is rendered: a page left as it was
     * renders none, and the page's model is digested by the text itself.
     */
    public record Markdown(String source, Drawing drawing) {
        public String html() {
            return drawing.html(source);
        }
    }

    /**
     * The graph page: the mesh drawn as a map of domains, and the way into the lineage explorer: the products most
     * depended on ({@code explore}, links to their explorers) without script, every product from
     * {@code dataScript} with it.
     */
    public record GraphPage(Picture domainMap, List<Link> explore, String dataScript) {
        public GraphPage {
            explore = List.copyOf(explore);
        }
    }

    public record KeyValue(String key, String value) {}

    /** A support channel; {@code url} is null unless it is a safe http(s) or mailto link. */
    public record ContactView(String channel, String tool, String url, String scope, String description) {}

    /** A finding; {@code sourceHref} its line in the repository's web view, or null. */
    public record FindingView(
            String ruleId,
            String ruleHref,
            String severity,
            String location,
            String message,
            String hint,
            String sourceHref) {}
}
