package io.github.meshplugin.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.site.CatalogView.ContractPage;
import io.github.meshplugin.site.CatalogView.DomainPage;
import io.github.meshplugin.site.CatalogView.MemberView;
import io.github.meshplugin.site.CatalogView.ObjectView;
import io.github.meshplugin.site.CatalogView.ProductPage;
import io.github.meshplugin.site.CatalogView.PropertyView;
import io.github.meshplugin.site.CatalogView.TeamPage;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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
        TEXT
    }

    /** What a search can find, with the terms of each field (normalised, as {@link #words} makes them). */
    public record Document(
            String kind, String title, String context, String href, String snippet, Map<Field, Set<String>> terms) {}

    public static final String FOLDER = "search/";
    static final int DOCUMENTS_PER_CHUNK = 250;
    /** A term shard is closed when the next term would take it past this size. */
    static final int SHARD_BYTES = 256 * 1024;

    static final int SNIPPET_LENGTH = 160;
    private static final int INDEXED_TEXT_LENGTH = 600;
    private static final int KEY_LENGTH = 100;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on",
            "or", "that", "the", "this", "to", "was", "were", "will", "with");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Document> documents = new ArrayList<>();
    private final ObjectMapper json =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** Documents are made on every core (a large mesh has hundreds of thousands), and kept in the view's order. */
    public SearchIndex(CatalogView view) {
        documents.addAll(
                view.domains().parallelStream().map(SearchIndex::domain).toList());
        documents.addAll(
                view.products().parallelStream().map(SearchIndex::product).toList());
        documents.addAll(
                view.contracts().parallelStream().map(SearchIndex::contract).toList());
        documents.addAll(view.teams().parallelStream().map(SearchIndex::team).toList());
        documents.addAll(view.contracts().parallelStream()
                .flatMap(page -> properties(page).stream())
                .toList());
    }

    public List<Document> documents() {
        return documents;
    }

    /** Every file of the index, by its path in the site. */
    public SortedMap<String, byte[]> files() {
        Map<String, List<Integer>> unsorted = new HashMap<>();
        for (int doc = 0; doc < documents.size(); doc++) {
            for (Map.Entry<Field, Set<String>> field :
                    documents.get(doc).terms().entrySet()) {
                for (String term : field.getValue()) {
                    unsorted.computeIfAbsent(term, t -> new ArrayList<>())
                            .add(doc * 8 + field.getKey().ordinal());
                }
            }
        }
        SortedMap<String, List<Integer>> postings = new TreeMap<>(unsorted);
        List<SortedMap<String, List<Integer>>> shards = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        SortedMap<String, List<Integer>> shard = new TreeMap<>();
        int shardBytes = 0;
        for (Map.Entry<String, List<Integer>> term : postings.entrySet()) {
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

    private byte[] shardScript(int number, SortedMap<String, List<Integer>> terms) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("terms", List.copyOf(terms.keySet()));
        shard.put("postings", terms.values().stream().map(SearchIndex::deltas).toList());
        return script("terms", String.valueOf(number), shard);
    }

    /** Roughly what a term adds to a shard file: the term, and a few digits per posting. */
    private static int estimatedBytes(String term, List<Integer> postings) {
        int bytes = term.length() + 6;
        int previous = 0;
        for (int posting : postings) {
            bytes += digits(posting - previous) + 1;
            previous = posting;
        }
        return bytes;
    }

    // ---- documents

    private static Document domain(DomainPage domain) {
        Map<Field, Set<String>> terms = terms();
        keys(terms, domain.id(), domain.name());
        add(terms, Field.OWNER, domain.ownerName());
        add(terms, Field.TEXT, text(domain.description()));
        return new Document(
                "domain",
                domain.name(),
                join(
                        count(domain.products().size(), "product"),
                        domain.ownerName() == null ? null : "owned by " + domain.ownerName()),
                Hrefs.domain(domain.id()),
                snippet(domain.description()),
                terms);
    }

    private static Document product(ProductPage product) {
        CatalogView.ProductRef ref = product.ref();
        Map<Field, Set<String>> terms = terms();
        keys(terms, ref.id(), ref.name());
        product.tags().forEach(tag -> add(terms, Field.TAG, tag));
        add(terms, Field.OWNER, ref.domainId(), ref.domainName(), ref.ownerName());
        add(terms, Field.TEXT, text(product.purpose()));
        return new Document(
                "product",
                ref.name(),
                join(
                        ref.id(),
                        ref.domainName(),
                        ref.ownerName() == null ? "no owner" : "owned by " + ref.ownerName(),
                        ref.status()),
                ref.href(),
                snippet(product.purpose()),
                terms);
    }

    private static Document contract(ContractPage page) {
        CatalogView.ContractView contract = page.contract();
        Map<Field, Set<String>> terms = terms();
        keys(terms, contract.id(), contract.name());
        contract.tags().forEach(tag -> add(terms, Field.TAG, tag));
        if (page.publisher() != null) {
            add(
                    terms,
                    Field.OWNER,
                    page.publisher().domainName(),
                    page.publisher().ownerName());
        }
        add(terms, Field.TEXT, text(contract.purpose()));
        return new Document(
                "contract",
                contract.name(),
                join(
                        contract.id(),
                        contract.version() == null ? null : "version " + contract.version(),
                        page.publisher() == null
                                ? "no publisher"
                                : "published by " + page.publisher().name()),
                contract.href(),
                snippet(contract.purpose()),
                terms);
    }

    private static Document team(TeamPage team) {
        Map<Field, Set<String>> terms = terms();
        keys(terms, team.id(), team.name());
        for (MemberView member : team.members()) {
            add(terms, Field.OWNER, member.name(), member.username());
        }
        add(terms, Field.TEXT, text(team.description()));
        return new Document(
                "team",
                team.name(),
                join(
                        count(team.products().size(), "product"),
                        count(team.members().size(), "member")),
                team.href(),
                snippet(team.description()),
                terms);
    }

    /** One document per property, so a field name finds every contract that has it and says which one. */
    private static List<Document> properties(ContractPage page) {
        CatalogView.ContractView contract = page.contract();
        List<Document> documents = new ArrayList<>();
        for (ObjectView object : contract.objects()) {
            for (PropertyView property : object.properties()) {
                Map<Field, Set<String>> terms = terms();
                keys(terms, property.name(), property.path());
                property.tags().forEach(tag -> add(terms, Field.TAG, tag));
                add(terms, Field.TAG, property.classification());
                add(terms, Field.TEXT, text(property.description()));
                documents.add(new Document(
                        "property",
                        property.path(),
                        join(
                                "in " + contract.name() + " (" + contract.id() + ")",
                                object.name() == null ? null : "object " + object.name(),
                                property.logicalType()),
                        contract.href() + "#" + property.anchor(),
                        snippet(property.description()),
                        terms));
            }
        }
        return documents;
    }

    // ---- terms

    private static Map<Field, Set<String>> terms() {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            terms.put(field, new TreeSet<>());
        }
        return terms;
    }

    /** An id and a name are found whole (the best match) and by their words. */
    private static void keys(Map<Field, Set<String>> terms, String... keys) {
        for (String key : keys) {
            if (key != null && !normalize(key).isEmpty()) {
                String whole = normalize(key);
                terms.get(Field.KEY).add(whole.length() > KEY_LENGTH ? whole.substring(0, KEY_LENGTH) : whole);
                terms.get(Field.NAME).addAll(words(key));
                // A whole key is a word of the name too; the page's script reads it so, and the index is smaller.
                terms.get(Field.NAME).removeAll(terms.get(Field.KEY));
            }
        }
    }

    private static void add(Map<Field, Set<String>> terms, Field field, String... texts) {
        for (String text : texts) {
            if (text != null) {
                words(text).stream()
                        .filter(w -> field != Field.TEXT || !STOP_WORDS.contains(w))
                        .forEach(terms.get(field)::add);
            }
        }
    }

    /** Lower case, compatibility-normalised, single spaces: what the page's script does to a query too. */
    static String normalize(String text) {
        return WHITESPACE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .trim())
                .replaceAll(" ");
    }

    /**
     * The words of a text: split at anything but letters, digits and underscores, so {@code customer_email}
     * stays one word; its parts ({@code customer}, {@code email}) are words too. One-letter words are dropped.
     */
    static List<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : SEPARATORS.split(normalize(text))) {
            words.add(word);
            if (word.indexOf('_') >= 0) {
                words.addAll(Arrays.asList(word.split("_")));
            }
        }
        words.removeIf(word -> word.length() < 2);
        return List.copyOf(words);
    }

    /** The characters of a non-negative number, without making its text (there are millions of postings). */
    private static int digits(int number) {
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }

    private static List<Integer> deltas(Collection<Integer> ascending) {
        List<Integer> deltas = new ArrayList<>(ascending.size());
        int previous = 0;
        for (int posting : ascending) {
            deltas.add(posting - previous);
            previous = posting;
        }
        return deltas;
    }

    // ---- what a result shows

    private static String text(String text) {
        return text == null || text.length() <= INDEXED_TEXT_LENGTH ? text : text.substring(0, INDEXED_TEXT_LENGTH);
    }

    static String snippet(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (line.length() <= SNIPPET_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SNIPPET_LENGTH);
        return line.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "\u2026";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String join(String... parts) {
        return String.join(
                " \u00b7 ",
                Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
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
