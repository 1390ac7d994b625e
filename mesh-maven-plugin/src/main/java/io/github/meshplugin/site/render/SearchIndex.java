package io.github.meshplugin.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.site.view.CatalogView;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The catalog's search index, computed when the site is written. It holds one document per domain, product,
 * contract, team and contract property, and an inverted index from terms to documents.
 *
 * <p>Pages opened from {@code file://} may not fetch files, but they may load scripts, so every part of the index
 * is a JavaScript file that hands its data to {@code meshSearch.add(kind, key, data)} in the theme's script. The
 * index is split so that a search loads only what it needs, however large the mesh:
 * <ul>
 *   <li>{@code search/manifest.js}: the document count, the chunk size and the first term of each term shard;</li>
 *   <li>{@code search/terms-<n>.js}: consecutive terms (in sorted order) with their postings, up to about
 *   {@value #SHARD_BYTES} bytes a shard, so a query word loads the shard its terms fall in, a small mesh has a
 *   single shard, and a term with more postings than that has a shard of its own;</li>
 *   <li>{@code search/docs-<n>.js}: what a result shows (kind, title, context, link, snippet) for documents
 *   {@code n * chunkSize} up to the next chunk, loaded only for the results on screen.</li>
 * </ul>
 * A posting is {@code document * 8 + field}; postings are ascending and stored as differences from the
 * previous one, which keeps long lists (a property name in thousands of contracts) short. Documents, terms and
 * files are in a fixed order, so the same catalog always gives the same bytes.
 */
public final class SearchIndex {

    /**
     * Where a term was found, in ranking order: the whole id or name equals the query, then a word of a name or
     * id, then tags, then owners and domains, then descriptions.
     */
    public enum Field {
        KEY,
        NAME,
        TAG,
        OWNER,
        TEXT,
        /** Where the data is and whom to ask: server names and types, support channels and their tools. */
        ACCESS
    }

    /**
     * What a search can find, with the terms of each field (normalised, as {@link #words} makes them), each field's
     * terms sorted and distinct. A large mesh has hundreds of thousands of documents: their terms are kept as
     * compact lists, not sets, which had made the index the largest part of the build's memory.
     */
    public record Document(
            String kind, String title, String context, String href, String snippet, Map<Field, List<String>> terms) {}

    public static final String FOLDER = "search/";
    public static final int DOCUMENTS_PER_CHUNK = 250;
    /** A term shard is closed when the next term would take it past this size. */
    public static final int SHARD_BYTES = 256 * 1024;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");

    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Document> documents = new ArrayList<>();
    private final ObjectMapper json =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** Documents are made on every core (a large mesh has hundreds of thousands), and kept in the view's order. */
    public SearchIndex(CatalogView view) {
        documents.addAll(
                view.domains().parallelStream().map(SearchDocuments::domain).toList());
        documents.addAll(
                view.products().parallelStream().map(SearchDocuments::product).toList());
        documents.addAll(
                view.contracts().parallelStream().map(SearchDocuments::contract).toList());
        documents.addAll(
                view.teams().parallelStream().map(SearchDocuments::team).toList());
        documents.addAll(view.contracts().parallelStream()
                .flatMap(page -> SearchDocuments.properties(page).stream())
                .toList());
    }

    public List<Document> documents() {
        return documents;
    }

    /** Every file of the index, by its path in the site. */
    public SortedMap<String, byte[]> files() {
        Map<String, Postings> unsorted = new HashMap<>();
        for (int doc = 0; doc < documents.size(); doc++) {
            for (Map.Entry<Field, List<String>> field :
                    documents.get(doc).terms().entrySet()) {
                for (String term : field.getValue()) {
                    unsorted.computeIfAbsent(term, t -> new Postings())
                            .add(doc * 8 + field.getKey().ordinal());
                }
            }
        }
        SortedMap<String, Postings> postings = new TreeMap<>(unsorted);
        // Its nodes are garbage once sorted: let them go before the shards are made.
        unsorted = null;
        List<SortedMap<String, Postings>> shards = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        SortedMap<String, Postings> shard = new TreeMap<>();
        int shardBytes = 0;
        for (Map.Entry<String, Postings> term : postings.entrySet()) {
            int bytes = estimatedBytes(term.getKey(), term.getValue());
            if (!shard.isEmpty() && shardBytes + bytes > SHARD_BYTES) {
                shards.add(shard);
                shard = new TreeMap<>();
                shardBytes = 0;
            }
            if (shard.isEmpty()) {
                firstTerms.add(term.getKey());
            }
            shard.put(term.getKey(), term.getValue());
            shardBytes += bytes;
        }
        if (!shard.isEmpty()) {
            shards.add(shard);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("documents", documents.size());
        manifest.put("chunkSize", DOCUMENTS_PER_CHUNK);
        manifest.put(
                "fields",
                Arrays.stream(Field.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toList());
        manifest.put("shards", firstTerms);
        SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
        files.put(FOLDER + "manifest.js", script("manifest", "", manifest));
        // Hundreds of shard and document files on a large mesh, each independent: written out on every core.
        IntStream.range(0, shards.size())
                .parallel()
                .forEach(number ->
                        files.put(FOLDER + "terms-" + number + ".js", shardScript(number, shards.get(number))));
        int chunks = (documents.size() + DOCUMENTS_PER_CHUNK - 1) / DOCUMENTS_PER_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            List<List<String>> shown = documents
                    .subList(chunk * DOCUMENTS_PER_CHUNK, Math.min(documents.size(), (chunk + 1) * DOCUMENTS_PER_CHUNK))
                    .stream()
                    .map(d -> Arrays.asList(d.kind(), d.title(), d.context(), d.href(), d.snippet()))
                    .toList();
            files.put(FOLDER + "docs-" + chunk + ".js", script("docs", String.valueOf(chunk), shown));
        });
        return new TreeMap<>(files);
    }

    private byte[] shardScript(int number, SortedMap<String, Postings> terms) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("terms", List.copyOf(terms.keySet()));
        shard.put("postings", terms.values().stream().map(SearchIndex::deltas).toList());
        return script("terms", String.valueOf(number), shard);
    }

    /** Roughly what a term adds to a shard file: the term, and a few digits per posting. */
    private static int estimatedBytes(String term, Postings postings) {
        int bytes = term.length() + 6;
        int previous = 0;
        for (int i = 0; i < postings.size; i++) {
            bytes += digits(postings.ids[i] - previous) + 1;
            previous = postings.ids[i];
        }
        return bytes;
    }

    /** A term's postings, ascending: millions of them on a large mesh, so plain ints rather than boxed ones. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int posting) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = posting;
        }
    }

    /** Lower case, compatibility-normalised, single spaces: what the page's script does to a query too. */
    public static String normalize(String text) {
        // ASCII is its own compatibility normal form: most names and descriptions skip the normaliser.
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT)
                .trim();
        return isSpacedOnce(folded) ? folded : WHITESPACE.matcher(folded).replaceAll(" ");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether every whitespace of a trimmed text is already one plain space. */
    private static boolean isSpacedOnce(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : Character.isWhitespace(c) || c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a text: split at anything but letters, digits and underscores, so {@code customer_email}
     * stays one word; its parts ({@code customer}, {@code email}) are words too. One-letter words are dropped.
     */
    public static List<String> words(String text) {
        String normal = normalize(text);
        Set<String> words = new TreeSet<>();
        if (isAscii(normal)) {
            // Nearly every name and description: split by a loop, as the expression below would split it.
            int start = -1;
            for (int i = 0; i <= normal.length(); i++) {
                boolean inWord = i < normal.length() && isAsciiWordCharacter(normal.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    addWord(words, normal.substring(start, i));
                    start = -1;
                }
            }
        } else {
            for (String word : SEPARATORS.split(normal)) {
                addWord(words, word);
            }
        }
        words.removeIf(word -> word.length() < 2);
        return List.copyOf(words);
    }

    private static void addWord(Set<String> words, String word) {
        words.add(word);
        if (word.indexOf('_') >= 0) {
            words.addAll(Arrays.asList(word.split("_")));
        }
    }

    /** A letter, digit or underscore of a normalised (lower-case) ASCII text. */
    private static boolean isAsciiWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The characters of a non-negative number, without making its text (there are millions of postings). */
    private static int digits(int number) {
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }

    private static int[] deltas(Postings ascending) {
        int[] deltas = new int[ascending.size];
        int previous = 0;
        for (int i = 0; i < ascending.size; i++) {
            deltas[i] = ascending.ids[i] - previous;
            previous = ascending.ids[i];
        }
        return deltas;
    }

    private byte[] script(String kind, String key, Object data) {
        try {
            return ("meshSearch.add(" + json.writeValueAsString(kind) + "," + json.writeValueAsString(key) + ","
                            + json.writeValueAsString(data) + ");\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
