package io.github.meshplugin.site.view;

import java.util.List;

/**
 * The lineage explorer: per product, its lineage drawn at a few depths beyond the two hops of its page, and one
 * script of every product and dependency, from which a page finds the path between two products. Without script
 * a page shows every depth, one after the other; with script one at a time, with pan and zoom.
 */
public final class ExplorerViews {

    private ExplorerViews() {}

    /** The explorer's pages and the data their scripts share ({@code data}, written to {@code dataScript}). */
    public record Explorer(List<ExplorerPage> pages, LineageData data, String dataScript) {
        public Explorer {
            pages = List.copyOf(pages);
        }
    }

    /**
     * One product's explorer. {@code depths}: its lineage at each depth that shows more than the one before,
     * nearest first; {@code chosen} the index of the depth shown first; {@code dataScript} is relative to the site
     * root, like every href.
     */
    public record ExplorerPage(
            CatalogView.ProductRef ref, String href, List<Depth> depths, int chosen, String dataScript) {
        public ExplorerPage {
            depths = List.copyOf(depths);
        }
    }

    /**
     * One depth: {@code id} its anchor (and the picture's id), {@code label} its name in the depth control
     * ("2 hops", "all, 5 hops"), {@code heading} its heading when every depth is shown.
     */
    public record Depth(String id, int hops, String label, String heading, CatalogView.Picture picture) {}

    /**
     * Every product (by name, then id) and every dependency between two of them: a consumer reads a producer
     * through contracts, both given by their place in {@code products}.
     */
    public record LineageData(List<Node> products, List<Read> reads) {
        public LineageData {
            products = List.copyOf(products);
            reads = List.copyOf(reads);
        }
    }

    /** {@code file}: the product's page name, without folder and extension, shared by its page and explorer. */
    public record Node(String id, String name, String domain, String file) {}

    public record Read(int consumer, int producer, List<String> contracts) {
        public Read {
            contracts = List.copyOf(contracts);
        }
    }
}
