package io.github.meshplugin.site.view;

import io.github.meshplugin.io.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Page paths, relative to the site root. Ids come from user files, so a file name is the id only when the id is
 * already a safe, portable file name: lower case letters, digits, dots, dashes and underscores, starting with a
 * letter or digit, not ending with a dot, and not a name Windows reserves ({@code con}, {@code nul},
 * {@code com1}, ...), where the site may be unpacked. Every other id is mapped into names that start with an
 * underscore, which no safe id can start with, followed by its cleaned text and a short hash of the id; so no id
 * can take the file of another (even on case-insensitive file systems). The renderer still checks that no two
 * entries share a file, as the last guard against a hash collision.
 */
public final class Hrefs {

    /** The page that shows the mesh as a map of domains. */
    public static final String GRAPH_PAGE = "graph.html";

    /** Every product and dependency as a script, for the explorer's paths between two products. */
    public static final String LINEAGE_DATA = "graph/lineage.js";

    /** The lineage explorer, which draws any product's lineage in the browser. */
    public static final String EXPLORER = "graph/explore.html";

    /** The longest id that is its own file name; a longer one is mapped. */
    private static final int LONGEST_SAFE = 101;

    /** Names Windows reserves for devices, whatever extension follows them. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\\..*)?");

    /** How every name {@link #WINDOWS_RESERVED} matches starts. */
    private static final List<String> RESERVED_PREFIXES = List.of("con", "prn", "aux", "nul", "com", "lpt");

    /** What starts every mapped name; no safe id starts with it. */
    private static final String MAPPED = "_";

    private Hrefs() {}

    public static String product(String id) {
        return "products/" + fileName(id) + ".html";
    }

    /** A product's lineage explorer: the one explorer page, told which product by the name of its page. */
    public static String explorer(String id) {
        return EXPLORER + "?product=" + fileName(id);
    }

    public static String contract(String id) {
        return "contracts/" + fileName(id) + ".html";
    }

    /**
     * The page of a second file declaring contract {@code id}: mapped like an unsafe id, so no safe id can take it,
     * and the file's hash keeps it apart from the first.
     */
    public static String contract(String id, String file) {
        return "contracts/" + MAPPED + fileName(id) + "-" + shortHash(id + "\n" + file) + ".html";
    }

    /** What leads from the page at {@code pagePath} (relative to the site root) back to the root: "", "../", ... */
    public static String root(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }

    /**
     * Where the catalog keeps a copy of the file behind the page at {@code pageHref} as it was written, for tools
     * that read ODCS or ODPS: beside the page's own name, so two files declaring one id keep two copies.
     */
    public static String sourceCopy(String pageHref) {
        return "sources/" + pageHref.substring(0, pageHref.length() - ".html".length()) + ".yaml";
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
        if (isSafe(id) && !isWindowsReserved(id)) {
            return id;
        }
        String cleaned = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_");
        if (cleaned.length() > 60) {
            cleaned = cleaned.substring(0, 60);
        }
        return MAPPED + cleaned + "-" + shortHash(id);
    }

    /**
     * Whether Windows reserves the name for a device. Asked for every href and every property's anchor: the
     * expression runs only for the few names that start like a reserved one.
     */
    private static boolean isWindowsReserved(String id) {
        for (String prefix : RESERVED_PREFIXES) {
            if (id.startsWith(prefix)) {
                return WINDOWS_RESERVED.matcher(id).matches();
            }
        }
        return false;
    }

    /**
     * Whether an id can be a file name as it is, on every file system: lower-case letters, digits, {@code .},
     * {@code _} and {@code -}, starting with a letter or digit and not ending with a dot. Asked for every link of
     * every page, so a loop rather than a regular expression.
     */
    static boolean isSafe(String id) {
        int length = id.length();
        if (length == 0 || length > LONGEST_SAFE || !isLowerOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!(isLowerOrDigit(c) || c == '_' || c == '-' || c == '.' && i < length - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static String shortHash(String id) {
        return Sha256.hex(id).substring(0, 8);
    }
}
