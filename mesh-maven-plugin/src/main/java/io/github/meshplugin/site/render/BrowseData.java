package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.BrowseViews.BrowseList;
import io.github.meshplugin.site.view.BrowseViews.BrowsePage;
import io.github.meshplugin.site.view.CatalogView;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of each page of the lists of everything as a script ({@code meshBrowse.add(page, rows)}), and the
 * values of each list's filters ({@code meshBrowse.filters(filters)}), which the lists' filters load (see {@link DataScript}).
 */
final class BrowseData {

    private BrowseData() {}

    /** The scripts of the browse lists, by path; credentials in the mesh's text are hidden as on the pages. */
    static Map<String, byte[]> files(CatalogView view) {
        Map<String, byte[]> files = new TreeMap<>();
        for (BrowseList list : view.browse()) {
            files.put(list.filterScript(), DataScript.of("meshBrowse.filters(", list.filters()));
            for (BrowsePage page : list.pages()) {
                files.put(page.dataScript(), DataScript.of("meshBrowse.add(" + page.number() + ",", page.rows()));
            }
        }
        return files;
    }
}
