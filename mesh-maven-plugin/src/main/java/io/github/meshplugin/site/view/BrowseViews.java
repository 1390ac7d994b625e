package io.github.meshplugin.site.view;

import java.util.List;

/**
 * The pages that list every product, contract and team of the mesh, one table each, paged so no page grows with
 * the mesh. Without script a page is its rows; with script the rows of every page (in {@code dataScripts}) are
 * filtered and sorted by what the address says ({@code products.html?owner=checkout-squad}), so a filtered list
 * is a link that works from a folder on disk too.
 */
public final class BrowseViews {

    private BrowseViews() {}

    /**
     * One list: its pages, and every value each filter offers ({@code filters}), which only the list's script
     * reads ({@code filterScript}), so no page grows with the number of owners, domains or tags of the mesh.
     */
    public record BrowseList(String kind, List<Filter> filters, String filterScript, List<BrowsePage> pages) {}

    /**
     * One page of one list. {@code kind}: products, contracts or teams; {@code listHref} the list's first page,
     * which the filters reload; {@code filters} the filters (their values are in {@code filterScript});
     * {@code dataScript} this page's rows as a script, {@code dataScripts} those of every page of the list.
     */
    public record BrowsePage(
            String kind,
            String title,
            String href,
            String listHref,
            List<Row> rows,
            int from,
            int to,
            int total,
            int number,
            int pageCount,
            CatalogView.Link previous,
            CatalogView.Link next,
            List<ListPage.PageLink> pages,
            List<Filter> filters,
            String filterScript,
            String dataScript,
            List<String> dataScripts) {}

    /** A filter of a list: its query parameter, its label and the values it offers (with their labels). */
    public record Filter(String name, String label, List<CatalogView.KeyValue> options) {}

    /**
     * A row of a list, whatever it lists: a name with its link, the facts the columns show, and what the filters
     * and sorts read. {@code owner} is the owning team's id, {@code changed} the date of the last change seen in
     * the compared history (or null), {@code consumers} how many products read it.
     */
    public record Row(
            String id,
            String name,
            String href,
            String domain,
            String domainName,
            String domainHref,
            String owner,
            String ownerName,
            String ownerHref,
            String status,
            List<String> tags,
            List<String> classifications,
            boolean pii,
            int score,
            int consumers,
            String changed,
            String detail) {}
}
