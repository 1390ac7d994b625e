package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ExplorerViews.DomainNode;
import io.github.meshplugin.site.view.ExplorerViews.LineageData;
import io.github.meshplugin.site.view.ExplorerViews.Node;
import io.github.meshplugin.site.view.ExplorerViews.Read;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every product and dependency of the mesh as one script ({@code meshLineage({products, reads})}), which the
 * lineage explorer and the graph page load to choose a product and find the path between two: a page opened from
 * a folder on disk may load scripts but not fetch files ({@link DataScript}). Rows are arrays, not objects, so ten
 * thousand products stay a file of a few megabytes.
 */
final class LineageScript {

    private LineageScript() {}

    /** The script by its path, or nothing when the catalog has no explorer; credentials hidden as on the pages. */
    static Map<String, byte[]> files(CatalogView view) {
        if (view.explorer() == null) {
            return Map.of();
        }
        return Map.of(
                view.explorer().page().dataScript(), script(view.explorer().data()));
    }

    static byte[] script(LineageData data) {
        // products: [id, name, domain name, file, status, owner or null, domain's place];
        // domains: [id, name, href, colour]; reads: [consumer, producer, "contract, contract"], by place.
        List<List<Object>> products = new ArrayList<>();
        for (Node node : data.products()) {
            products.add(Arrays.asList(
                    node.id(),
                    node.name(),
                    node.domainName(),
                    node.file(),
                    node.status(),
                    node.owner(),
                    node.domain()));
        }
        List<List<Object>> domains = new ArrayList<>();
        for (DomainNode domain : data.domains()) {
            domains.add(List.of(domain.id(), domain.name(), domain.href(), domain.colour()));
        }
        List<List<Object>> reads = new ArrayList<>();
        for (Read read : data.reads()) {
            reads.add(List.of(read.consumer(), read.producer(), String.join(", ", read.contracts())));
        }
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("products", products);
        both.put("domains", domains);
        both.put("reads", reads);
        return DataScript.of("meshLineage(", both);
    }
}
