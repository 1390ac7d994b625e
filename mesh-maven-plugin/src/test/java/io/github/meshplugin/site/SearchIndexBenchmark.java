package io.github.meshplugin.site;

import io.github.meshplugin.site.render.SearchIndex;
import io.github.meshplugin.site.render.WebJar;
import io.github.meshplugin.site.view.CatalogView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.LongBinaryOperator;

/**
 * Prints the size of the search index of a synthetic catalog (products, each with one contract) and what the
 * first search for a field name loads in the browser. Run by {@code scripts/search-benchmark.sh}.
 */
public final class SearchIndexBenchmark {

    private static final String QUERY = "customer_email";
    private static final int SHOWN = 12;

    private SearchIndexBenchmark() {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int properties = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CatalogView view = SyntheticCatalog.of(products, properties);
        long start = System.nanoTime();
        SearchIndex index = new SearchIndex(view);
        SortedMap<String, byte[]> files = index.files();
        long millis = (System.nanoTime() - start) / 1_000_000;

        long total = files.values().stream().mapToLong(b -> b.length).sum();
        long largestShard = size(files, "search/terms-", Long::max);
        long largestChunk = size(files, "search/docs-", Long::max);
        byte[] lunr = WebJar.LUNR.read(SearchIndexBenchmark.class.getClassLoader());
        String shardOfQuery = files.entrySet().stream()
                .filter(e -> e.getKey().startsWith("search/terms-"))
                .filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("\"" + QUERY + "\""))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        List<Integer> hits = new ArrayList<>();
        for (int doc = 0; doc < index.documents().size() && hits.size() < SHOWN; doc++) {
            if (index.documents().get(doc).terms().get(SearchIndex.Field.KEY).contains(QUERY)) {
                hits.add(doc);
            }
        }
        long chunks = hits.stream()
                .map(doc -> doc / SearchIndex.DOCUMENTS_PER_CHUNK)
                .distinct()
                .mapToLong(chunk -> files.get("search/docs-" + chunk + ".js").length)
                .sum();
        long firstSearch =
                lunr.length + files.get("search/manifest.js").length + files.get(shardOfQuery).length + chunks;

        System.out.printf(
                "catalog: %,d products, %,d contracts of %d properties: %,d documents%n",
                products, products, properties, index.documents().size());
        System.out.printf("index: %,d files, %,d bytes in all, built in %,d ms%n", files.size(), total, millis);
        System.out.printf(
                "largest term shard: %,d bytes; largest document chunk: %,d bytes; manifest: %,d bytes%n",
                largestShard, largestChunk, files.get("search/manifest.js").length);
        System.out.printf(
                "first search for %s loads %,d bytes (Lunr %,d, manifest, %s, %d document chunk(s))%n",
                QUERY,
                firstSearch,
                lunr.length,
                shardOfQuery,
                hits.stream()
                        .map(doc -> doc / SearchIndex.DOCUMENTS_PER_CHUNK)
                        .distinct()
                        .count());
    }

    private static long size(Map<String, byte[]> files, String prefix, LongBinaryOperator op) {
        return files.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().length)
                .reduce(op)
                .orElse(0);
    }
}
