package io.github.meshplugin.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of each kind in the sample catalog: the browser tests that must cover every page type read this list,
 * so a new kind of page is one line here. A page the theme writes only in some builds (the dependency graph) is
 * covered whenever the site has it.
 */
final class PageTypes {

    /** {@code query}: what follows the file's name in the address ({@code ?product=...}), or "". */
    record PageType(String type, String path, String query) {
        PageType(String type, String path) {
            this(type, path, "");
        }

        /** The page's address in the browser, from a site on disk. */
        String url(Path site) {
            return site.resolve(path).toUri() + query;
        }

        @Override
        public String toString() {
            return type;
        }
    }

    private static final List<PageType> ALWAYS = List.of(
            new PageType("index", "index.html"),
            new PageType("domain", "domains/sales.html"),
            new PageType("product", "products/marketing.basket-analysis.html"),
            new PageType("contract", "contracts/sales.orders.order-lines.html"),
            new PageType("team", "teams/growth-analytics.html"),
            new PageType("ownership", "ownership.html"),
            new PageType("quality", "quality.html"),
            new PageType("rules", "rules.html"),
            new PageType("rule", "rules/mesh-pii-001.html"),
            new PageType("products list", "products.html"),
            new PageType("contracts list", "contracts.html"),
            new PageType("teams list", "teams.html"),
            new PageType("search results", "search.html"));

    private static final List<PageType> WHEN_PRESENT = List.of(
            new PageType("graph", "graph.html"),
            new PageType("lineage explorer", "graph/explore.html", "?product=sales.orders"));

    private PageTypes() {}

    static List<PageType> of(Path site) {
        List<PageType> types = new ArrayList<>(ALWAYS);
        WHEN_PRESENT.stream()
                .filter(type -> Files.isRegularFile(site.resolve(type.path())))
                .forEach(types::add);
        return types;
    }
}
