package io.github.meshplugin.site.view;

import io.github.meshplugin.io.Sha256;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Page paths, relative to the site root. Ids come from user files, so a file name is the id only when the id is
 * already a safe, portable file name; otherwise unsafe characters are replaced and a short hash of the id keeps
 * two different ids from landing on one file (even on case-insensitive file systems).
 */
public final class Hrefs {

    /** The page that shows the mesh as a map of domains. */
    public static final String GRAPH_PAGE = "graph.html";

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,100}");

    private Hrefs() {}

    public static String product(String id) {
        return "products/" + fileName(id) + ".html";
    }

    public static String contract(String id) {
        return "contracts/" + fileName(id) + ".html";
    }

    /** Where the catalog keeps a copy of a contract's file as it was written, for tools that read ODCS. */
    public static String contractSource(String id) {
        return "sources/contracts/" + fileName(id) + ".yaml";
    }

    /** Where the catalog keeps a copy of a product's descriptor as it was written. */
    public static String productSource(String id) {
        return "sources/products/" + fileName(id) + ".yaml";
    }

    /** A page of the list of every product, contract or team: {@code products.html}, {@code products-2.html}. */
    public static String browse(String kind, int number) {
        return number == 1 ? kind + ".html" : kind + "-" + number + ".html";
    }

    /** The rows of a list's page as a script, for the list's filters. */
    public static String browseData(String kind, int number) {
        return "browse/" + kind + "-" + number + ".js";
    }

    /** The values a list's filters offer, as a script. */
    public static String browseFilters(String kind) {
        return "browse/" + kind + "-filters.js";
    }

    public static String domain(String id) {
        return "domains/" + fileName(id) + ".html";
    }

    public static String team(String id) {
        return "teams/" + fileName(id) + ".html";
    }

    public static String rule(String ruleId) {
        return "rules/" + fileName(ruleAnchor(ruleId)) + ".html";
    }

    public static String ruleAnchor(String ruleId) {
        return ruleId.toLowerCase(Locale.ROOT);
    }

    /** The id of a property's row on its contract page: unique per object and path, safe in a URL. */
    public static String propertyAnchor(String objectName, String path) {
        return "property-" + fileName((objectName == null ? "" : objectName) + "." + path);
    }

    static String fileName(String id) {
        if (SAFE.matcher(id).matches()) {
            return id;
        }
        String cleaned = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_");
        if (cleaned.length() > 60) {
            cleaned = cleaned.substring(0, 60);
        }
        return cleaned + "-" + shortHash(id);
    }

    private static String shortHash(String id) {
        return Sha256.hex(id).substring(0, 8);
    }
}
