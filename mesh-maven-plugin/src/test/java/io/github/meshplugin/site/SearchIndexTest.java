package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SearchIndex;
import io.github.meshplugin.site.render.SearchIndex.Document;
import io.github.meshplugin.site.render.SearchIndex.Field;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.LongList;
import io.github.meshplugin.site.view.ProductViews;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index of a catalog: what it finds, how it is split into files, and that it never changes by itself. */
class SearchIndexTest {

    private static MeshResult sample;
    private static CatalogView view;

    @BeforeAll
    static void buildTheSample() {
        sample = MeshBuild.run(BuildSettings.of(TestFiles.sampleMesh())).result();
        view = new CatalogViewBuilder(sample, "Northwind Outfitters").build();
    }

    @Test
    void everyDomainProductContractTeamAndPropertyIsADocumentInThatOrder() {
        List<Document> documents = new SearchIndex(view).documents();
        int properties = sample.mesh().contracts().stream()
                .mapToInt(c -> c.allProperties().size())
                .sum();

        assertThat(documents)
                .extracting(Document::kind)
                .containsSubsequence("domain", "product", "contract", "team", "property");
        assertThat(documents.stream().filter(d -> d.kind().equals("domain"))).hasSize(5);
        assertThat(documents.stream().filter(d -> d.kind().equals("product"))).hasSize(14);
        assertThat(documents.stream().filter(d -> d.kind().equals("contract"))).hasSize(17);
        assertThat(documents.stream().filter(d -> d.kind().equals("team"))).hasSize(5);
        assertThat(documents.stream().filter(d -> d.kind().equals("property"))).hasSize(properties);
    }

    @Test
    void aPropertyNameFindsEveryContractThatHasItAndLinksToItsRow() {
        List<Contract> withEmail = sample.mesh().contracts().stream()
                .filter(c -> c.allProperties().stream().map(Property::name).anyMatch("customer_email"::equals))
                .toList();
        List<Document> found = new SearchIndex(view)
                .documents().stream()
                        .filter(d -> d.terms().get(Field.KEY).contains("customer_email"))
                        .toList();

        assertThat(withEmail).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found).hasSize(withEmail.size()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo("property");
            assertThat(d.title()).isEqualTo("customer_email");
            assertThat(d.href()).matches("contracts/[a-z0-9._-]+\\.html#property-[a-z0-9._-]+");
            assertThat(d.terms().get(Field.NAME)).contains("customer", "email");
        });
        assertThat(found)
                .extracting(d -> d.href().replaceAll("#.*", ""))
                .containsExactlyInAnyOrderElementsOf(
                        withEmail.stream().map(c -> Hrefs.contract(c.id())).toList());
        assertThat(found.get(0).context())
                .startsWith("in ")
                .contains(withEmail.get(0).id());
    }

    @Test
    void namesIdsTagsOwnersAndDescriptionsAreIndexedInTheirOwnFields() {
        Document orders = new SearchIndex(view)
                .documents().stream()
                        .filter(d -> d.kind().equals("product") && d.href().equals(Hrefs.product("sales.orders")))
                        .findFirst()
                        .orElseThrow();

        assertThat(orders.terms().get(Field.KEY)).contains("sales.orders");
        assertThat(orders.terms().get(Field.NAME)).contains("sales");
        assertThat(orders.terms().get(Field.KEY)).contains("orders");
        assertThat(orders.terms().get(Field.OWNER)).contains("checkout", "squad");
        assertThat(orders.terms().get(Field.TAG)).isNotEmpty();
        assertThat(orders.terms().get(Field.TEXT)).isNotEmpty().doesNotContain("the", "and", "of");
        assertThat(orders.context()).contains("sales.orders", "owned by Checkout Squad");
    }

    @Test
    void wordsKeepFieldNamesWholeAndAddTheirParts() {
        assertThat(SearchIndex.words("customer_email")).containsExactly("customer", "customer_email", "email");
        assertThat(SearchIndex.words("Sales.Orders and a B")).containsExactly("and", "orders", "sales");
        assertThat(SearchIndex.words("Straße  ＡＢＣ")).containsExactly("abc", "straße");
        assertThat(SearchIndex.normalize("  Customer   Master\tData ")).isEqualTo("customer master data");
    }

    @Test
    void wordsOfAsciiTextAreTheWordsTheSeparatorExpressionGives() {
        Pattern separators = Pattern.compile("[^\\p{L}\\p{N}_]+");
        String alphabet = "aZ9_ -.,:/`'\"\t()";
        Random random = new Random(20261203);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(16); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> expected = new TreeSet<>();
            for (String word : separators.split(SearchIndex.normalize(text.toString()))) {
                expected.add(word);
                expected.addAll(Arrays.asList(word.split("_")));
            }
            expected.removeIf(word -> word.length() < 2);
            assertThat(SearchIndex.words(text.toString())).as("'%s'", text).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void normalisingFoldsWhateverTheTextIsMadeOf() {
        // Plain ASCII takes a shorter path than the normaliser; the result must not depend on which path it took.
        assertThat(SearchIndex.normalize("orders")).isEqualTo("orders");
        assertThat(SearchIndex.normalize("Orders\u000bDaily\r\nRows")).isEqualTo("orders daily rows");
        assertThat(SearchIndex.normalize("a\u00a0\u00a0b")).isEqualTo("a b");
        assertThat(SearchIndex.normalize("ＯＲＤＥＲＳ  Ｄａｉｌｙ")).isEqualTo("orders daily");
        assertThat(SearchIndex.normalize("\ufb01le")).isEqualTo("file");
    }

    @Test
    void theSampleIsOneTermShardAndItsFilesAreTheSameEveryTime() {
        SortedMap<String, byte[]> files = new SearchIndex(view).files();
        SortedMap<String, byte[]> again = new SearchIndex(new CatalogViewBuilder(
                                MeshBuild.run(BuildSettings.of(TestFiles.sampleMesh()))
                                        .result(),
                                "Northwind Outfitters")
                        .build())
                .files();

        assertThat(files.keySet())
                .containsExactly("search/docs-0.js", "search/docs-1.js", "search/manifest.js", "search/terms-0.js");
        assertThat(again.keySet()).isEqualTo(files.keySet());
        files.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
        assertThat(text(files, "search/manifest.js"))
                .startsWith("meshSearch.add(\"manifest\",\"\",{")
                .contains("\"chunkSize\":250", "\"shards\":[\"");
    }

    @Test
    void postingsAreAscendingDocumentNumbersAndFieldsStoredAsDifferences() {
        SearchIndex index = new SearchIndex(view);
        JsonNode shard = data(index.files(), "search/terms-0.js");
        List<String> terms = strings(shard.get("terms"));
        JsonNode deltas = shard.get("postings").get(terms.indexOf("customer_email"));

        int posting = 0;
        List<Integer> documents = new ArrayList<>();
        for (JsonNode delta : deltas) {
            assertThat(delta.asInt()).isPositive();
            posting += delta.asInt();
            if (posting % 8 == Field.KEY.ordinal()) {
                documents.add(posting / 8);
            }
        }
        assertThat(terms).isSorted().doesNotHaveDuplicates();
        assertThat(documents)
                .isSorted()
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(
                        doc -> assertThat(index.documents().get(doc).title()).isEqualTo("customer_email"));
    }

    @Test
    void aLargeCatalogIsSplitIntoBoundedShardsAndChunks() {
        SearchIndex index = new SearchIndex(SyntheticCatalog.of(1000, 30));
        SortedMap<String, byte[]> files = index.files();
        List<String> shards = strings(data(files, "search/manifest.js").get("shards"));

        assertThat(index.documents()).hasSize(1000 * 2 + 1000 * 30);
        assertThat(shards).hasSizeGreaterThan(3).isSorted().doesNotHaveDuplicates();
        for (int shard = 0; shard < shards.size(); shard++) {
            String content = text(files, "search/terms-" + shard + ".js");
            List<String> terms =
                    strings(data(files, "search/terms-" + shard + ".js").get("terms"));
            String first = shards.get(shard);
            String next = shard + 1 < shards.size() ? shards.get(shard + 1) : null;
            assertThat(terms)
                    .as("shard %d", shard)
                    .isNotEmpty()
                    .startsWith(first)
                    .isSorted();
            if (next != null) {
                assertThat(terms.get(terms.size() - 1)).isLessThan(next);
            }
            if (terms.size() > 1) {
                assertThat(content.length()).as("shard %d", shard).isLessThan(SearchIndex.SHARD_BYTES * 5 / 4);
            }
        }
        int chunks = (index.documents().size() + SearchIndex.DOCUMENTS_PER_CHUNK - 1) / SearchIndex.DOCUMENTS_PER_CHUNK;
        assertThat(files.keySet().stream().filter(f -> f.startsWith("search/docs-")))
                .hasSize(chunks);
        assertThat(text(files, "search/docs-1.js"))
                .startsWith("meshSearch.add(\"docs\",\"1\",[[\"")
                .contains(index.documents().get(SearchIndex.DOCUMENTS_PER_CHUNK).href());
    }

    @Test
    void whatAUserWroteCannotLeaveItsStringInTheScript() {
        CatalogView hostile = SyntheticCatalog.of(1, 1);
        ProductViews.ProductPage product = hostile.products().get(0);
        CatalogView.ProductRef ref = product.ref();
        CatalogView.ProductRef evil = new CatalogView.ProductRef(
                ref.id(),
                "\");alert(1);//</script>\u2028__proto__",
                ref.href(),
                ref.domainId(),
                ref.domainName(),
                ref.domainHref(),
                ref.status(),
                ref.ownerName(),
                ref.ownerHref(),
                false,
                0,
                null);
        CatalogView view = new CatalogView(
                hostile.meta(),
                null,
                List.of(),
                List.of(new ProductViews.ProductPage(
                        evil,
                        null,
                        null,
                        null,
                        null,
                        List.of("__proto__"),
                        new ProductViews.Support(List.of(), null, null),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        0,
                        0,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        LongList.whole(List.of()),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null)),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                null);

        SortedMap<String, byte[]> files = new SearchIndex(view).files();

        String docs = text(files, "search/docs-0.js");
        assertThat(docs).contains("\\\");alert(1);//</script>\\u2028__proto__").doesNotContain("\u2028");
        assertThat(docs.chars().allMatch(c -> c < 128)).isTrue();
        assertThat(strings(data(files, "search/terms-0.js").get("terms"))).contains("__proto__");
        assertThat(data(files, "search/docs-0.js").get(0).get(1).asText()).isEqualTo(evil.name());
    }

    @Test
    void everyPageHasALabelledSearchFormThatStaysHiddenWithoutScript(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        MeshBuild.run(
                        BuildSettings.of(TestFiles.sampleMesh()).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }

        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            var html = Jsoup.parse(page.toFile(), "UTF-8");
            String root = "../".repeat(site.relativize(page).getNameCount() - 1);
            Element form = html.selectFirst("header form[role=search]");
            assertThat(form).as(page.toString()).isNotNull();
            assertThat(form.hasAttr("hidden")).isTrue();
            assertThat(form.attr("data-root")).isEqualTo(root);
            Element input = form.selectFirst("input[type=search][role=combobox]");
            assertThat(form.select("label[for=" + input.id() + "]").text()).isNotBlank();
            assertThat(input.attr("aria-controls"))
                    .isEqualTo(form.selectFirst("[role=listbox]").id());
            assertThat(html.select("script[src=" + root + "assets/search.js]")).hasSize(1);
        }
        assertThat(site.resolve("assets/lunr.min.js"))
                .isRegularFile()
                .content()
                .startsWith("/**\n * lunr - http://lunrjs.com");
        assertThat(site.resolve("search/manifest.js")).isRegularFile();
    }

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The data an index file hands to {@code meshSearch.add(kind, key, data)}. */
    private static JsonNode data(Map<String, byte[]> files, String name) {
        Matcher call = Pattern.compile("meshSearch\\.add\\(\"[a-z]+\",\"[0-9]*\",(.*)\\);\n", Pattern.DOTALL)
                .matcher(text(files, name));
        assertThat(call.matches()).as(name + " is one call of meshSearch.add").isTrue();
        try {
            return new ObjectMapper().readTree(call.group(1));
        } catch (JsonProcessingException broken) {
            throw new AssertionError(name + " does not hold JSON", broken);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
