package io.github.meshplugin.site.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the catalog's long lists and collects their list pages, so that no page grows with the mesh: a list
 * longer than its page shows is cut to its first rows, and every row is on exactly one of the list's pages,
 * {@code lists/<kind>/<name>/<number>.html}, in the list's order.
 */
public final class LongLists {

    /** Rows a page shows of a list before "and N more". */
    static final int SHOWN = 50;
    /** Rows of one list page for light rows (a product, a team). */
    static final int PAGE_SIZE = 500;
    /** Rows of one list page for heavy rows (a quality row with its checks, a product's findings). */
    static final int HEAVY_PAGE_SIZE = 100;
    /** Page numbers shown either side of the current one; the first and last are always shown. */
    private static final int WINDOW = 2;

    private final List<ListPage> pages = new ArrayList<>();
    private final Set<String> folders = new HashSet<>();
    private final int shown;
    private final int pageSize;
    private final int heavyPageSize;

    public LongLists() {
        this(SHOWN, PAGE_SIZE, HEAVY_PAGE_SIZE);
    }

    public LongLists(int shown, int pageSize, int heavyPageSize) {
        this.shown = shown;
        this.pageSize = pageSize;
        this.heavyPageSize = heavyPageSize;
    }

    /**
     * The list as its page shows it; when it is longer than that, its list pages are added.
     *
     * @param kind how the rows are laid out, and the first folder under {@code lists/}
     * @param name what the list is of (an id, or null for the mesh's one list of its kind)
     * @param title the list pages' heading
     * @param back the page the list belongs to
     */
    <T> LongList<T> cut(String kind, String name, String title, CatalogView.Link back, List<T> items) {
        return cut(kind, name, title, back, items, shown, isHeavy(kind) ? heavyPageSize : pageSize);
    }

    <T> LongList<T> cut(
            String kind, String name, String title, CatalogView.Link back, List<T> items, int show, int rowsPerPage) {
        if (items.size() <= show) {
            return LongList.whole(items);
        }
        String folder = folder(kind, name);
        int pageCount = (items.size() + rowsPerPage - 1) / rowsPerPage;
        for (int number = 1; number <= pageCount; number++) {
            int from = (number - 1) * rowsPerPage;
            int to = Math.min(items.size(), from + rowsPerPage);
            pages.add(new ListPage(
                    href(folder, number),
                    kind,
                    title,
                    back,
                    items.subList(from, to),
                    from + 1,
                    to,
                    items.size(),
                    number,
                    pageCount,
                    number == 1 ? null : new CatalogView.Link("Previous page", href(folder, number - 1)),
                    number == pageCount ? null : new CatalogView.Link("Next page", href(folder, number + 1)),
                    pageLinks(folder, number, pageCount)));
        }
        return new LongList<>(items.subList(0, show), items.size(), items.size() - show, href(folder, 1));
    }

    /** Rows of one list page for light rows. */
    int pageSize() {
        return pageSize;
    }

    /** Every list page, in the order the lists were cut. */
    List<ListPage> pages() {
        return List.copyOf(pages);
    }

    private static boolean isHeavy(String kind) {
        return kind.equals("quality")
                || kind.equals("findings")
                || kind.equals("domains")
                || kind.equals("rule-findings");
    }

    /** Ids are file-name safe through {@link Hrefs#fileName}; a second list of the same name gets a number. */
    private String folder(String kind, String name) {
        String base = "lists/" + Hrefs.fileName(kind) + (name == null ? "" : "/" + Hrefs.fileName(name));
        String folder = base;
        for (int again = 2; !folders.add(folder); again++) {
            folder = base + "~" + again;
        }
        return folder;
    }

    private static String href(String folder, int number) {
        return folder + "/" + number + ".html";
    }

    private static List<ListPage.PageLink> pageLinks(String folder, int current, int pageCount) {
        List<ListPage.PageLink> links = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            boolean near = Math.abs(number - current) <= WINDOW;
            if (number == 1 || number == pageCount || near) {
                links.add(new ListPage.PageLink(number, href(folder, number), number == current, false));
            } else if (links.isEmpty() || !links.get(links.size() - 1).gap()) {
                links.add(new ListPage.PageLink(number, null, false, true));
            }
        }
        return links;
    }
}
