package io.github.meshplugin.site.view;

import java.util.List;

/**
 * The lineage explorer: one page that draws any product's lineage in the browser, at the depth the reader
 * chooses, from one script of every product, domain and dependency. The browser chooses, lays out and draws a
 * depth exactly as the build draws a product page's picture, so the site holds no picture per product and depth.
 */
public final class ExplorerViews {

    private ExplorerViews() {}

    /** The explorer's page and the data its script draws from, written to the page's {@code dataScript}. */
    public record Explorer(ExplorerPage page, LineageData data) {}

    /**
     * The explorer's page: {@code sideLimit} the most products a picture draws on each side, the rest as "+N
     * more"; {@code steppedDepths} the depths drawn one by one, past which one picture shows the whole lineage;
     * {@code dataScript} is relative to the site root, like every href.
     */
    public record ExplorerPage(String href, int sideLimit, int steppedDepths, String dataScript) {}

    /**
     * Every product (by name, then id), every domain they belong to, and every dependency between two products:
     * a consumer reads a producer through contracts, both given by their place in {@code products}.
     */
    public record LineageData(List<Node> products, List<DomainNode> domains, List<Read> reads) {
        public LineageData {
            products = List.copyOf(products);
            domains = List.copyOf(domains);
            reads = List.copyOf(reads);
        }
    }

    /**
     * {@code file}: the product's page name, without folder and extension; {@code domainName} as the product's
     * own page names it; {@code domain} its domain's place in {@code domains}; {@code owner} null when none.
     */
    public record Node(
            String id, String name, String domainName, String file, String status, String owner, int domain) {}

    /** A domain as the pictures frame it: its name, its page and the theme colour of its frame. */
    public record DomainNode(String id, String name, String href, int colour) {}

    public record Read(int consumer, int producer, List<String> contracts) {
        public Read {
            contracts = List.copyOf(contracts);
        }
    }
}
