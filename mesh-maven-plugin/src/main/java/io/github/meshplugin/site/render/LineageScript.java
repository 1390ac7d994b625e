package io.github.meshplugin.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ExplorerViews.LineageData;
import io.github.meshplugin.site.view.ExplorerViews.Node;
import io.github.meshplugin.site.view.ExplorerViews.Read;
import io.github.meshplugin.site.view.SecretFormats;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every product and dependency of the mesh as one script ({@code meshLineage({products, reads})}), which the
 * lineage explorer and the graph page load to choose a product and find the path between two: a page opened from
 * a folder on disk may load scripts but not fetch files. Rows are arrays, not objects, so ten thousand products
 * stay a file of a few megabytes; non-ASCII is escaped, so no user text can end the script or the line.
 */
final class LineageScript {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private LineageScript() {}

    /** The script by its path, or nothing when the catalog has no explorer; credentials hidden as on the pages. */
    static Map<String, byte[]> files(CatalogView view) {
        if (view.explorer() == null) {
            return Map.of();
        }
        return Map.of(view.explorer().dataScript(), script(view.explorer().data()));
    }

    static byte[] script(LineageData data) {
        // products: [id, name, domain, file]; reads: [consumer, producer, "contract, contract"], by place.
        List<List<String>> products = new ArrayList<>();
        for (Node node : data.products()) {
            products.add(Arrays.asList(node.id(), node.name(), node.domain(), node.file()));
        }
        List<List<Object>> reads = new ArrayList<>();
        for (Read read : data.reads()) {
            reads.add(List.of(read.consumer(), read.producer(), String.join(", ", read.contracts())));
        }
        try {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("products", products);
            both.put("reads", reads);
            String json = JSON.writeValueAsString(both);
            return SecretFormats.hide(("meshLineage(" + json + ");\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
