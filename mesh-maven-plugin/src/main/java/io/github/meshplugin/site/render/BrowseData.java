package io.github.meshplugin.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.site.view.BrowseViews.BrowseList;
import io.github.meshplugin.site.view.BrowseViews.BrowsePage;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.SecretFormats;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of each page of the lists of everything as a script ({@code meshBrowse.add(page, rows)}), and the
 * values of each list's filters ({@code meshBrowse.filters(filters)}), which the lists' filters load: a page opened from a folder on disk may load scripts but not fetch files. Non-ASCII is
 * escaped, so no user text can end the script or the line.
 */
final class BrowseData {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private BrowseData() {}

    /** The scripts of the browse lists, by path; credentials in the mesh's text are hidden as on the pages. */
    static Map<String, byte[]> files(CatalogView view) {
        Map<String, byte[]> files = new TreeMap<>();
        for (BrowseList list : view.browse()) {
            files.put(list.filterScript(), script("meshBrowse.filters(", list.filters()));
            for (BrowsePage page : list.pages()) {
                files.put(page.dataScript(), script("meshBrowse.add(" + page.number() + ",", page.rows()));
            }
        }
        return files;
    }

    private static byte[] script(String call, Object data) {
        try {
            return SecretFormats.hide((call + JSON.writeValueAsString(data) + ");\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
