package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.MarkdownRenderer;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ContractViews;
import io.github.meshplugin.site.view.ListPage;
import io.github.meshplugin.site.view.LongLists;
import io.github.meshplugin.site.view.ProductViews;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog of thousands of products: long lists are cut on their pages and paged on list pages, and no page
 * grows with the mesh, so that at 50,000 products none is over 1 MB. Lists are cut shorter than the catalog
 * cuts them, so that in meshes small enough for a unit test every kind of list is already long: a list page is
 * then as large at 1,000 products as at 50,000.
 */
class PagesStaySmallIT {

    private static final long MEGABYTE = 1024 * 1024;
    private static final int SMALL = 1_000;
    private static final int LARGE = 3_000;
    private static final int TARGET = 50_000;
    private static final int SHOWN = 5;
    private static final int PAGE_SIZE = 20;
    private static final int HEAVY_PAGE_SIZE = 10;

    @TempDir
    static Path temp;

    private static Path site;
    private static CatalogView view;
    private static Map<String, Long> largestSmall;
    private static Map<String, Long> largestLarge;

    @BeforeAll
    static void renderTwoSizes() throws IOException {
        largestSmall = largestPageOfEachKind(render(SMALL).site);
        Rendered large = render(LARGE);
        site = large.site;
        view = large.view;
        largestLarge = largestPageOfEachKind(site);
    }

    private record Rendered(Path site, CatalogView view) {}

    private static Rendered render(int products) throws IOException {
        Path mesh = temp.resolve("mesh-" + products);
        SyntheticMesh.write(products, mesh, SyntheticMesh.DEFAULT_SEED);
        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();
        CatalogView built = new CatalogViewBuilder(
                        result,
                        "Synthetic",
                        MarkdownRenderer.RawHtml.ESCAPE,
                        new LongLists(SHOWN, PAGE_SIZE, HEAVY_PAGE_SIZE))
                .build();
        Path target = temp.resolve("site-" + products);
        new SiteRenderer(Theme.standard()).render(built, result, target);
        return new Rendered(target, built);
    }

    @Test
    void theOverviewWritesLargeCountsWithThousandsSeparators() throws IOException {
        Document overview = parse(site.resolve("index.html"));
        assertThat(overview.select(".totals .card-value").eachText()).contains("3,000");
        assertThat(overview.select(".health-figure").eachText())
                .isNotEmpty()
                .allMatch(figure -> figure.matches("(\\d{1,3}|\\d{1,3},\\d{3}) of 3,000 \\(\\d+%\\)"));
    }

    @Test
    void theQualityPageShowsItsFirstRowsAndItsListPagesHoldEveryProductOnceInOrder() throws IOException {
        Document quality = parse(site.resolve("quality.html"));

        assertThat(quality.select("table.quality-table tbody tr")).hasSize(SHOWN);
        assertThat(quality.select("p.more a").first().text()).isEqualTo("and " + (LARGE - SHOWN) + " more");
        List<String> expected = view.products().stream()
                .map(ProductViews.ProductPage::ref)
                .sorted(Comparator.comparing(CatalogView.ProductRef::domainId)
                        .thenComparing(CatalogView.ProductRef::name))
                .map(CatalogView.ProductRef::href)
                .toList();
        assertThat(expected).hasSize(LARGE);
        assertThat(rowsOfListPages(site.resolve("quality.html"), "table.quality-table tbody tr th a"))
                .isEqualTo(expected);
    }

    @Test
    void aPopularContractShowsItsFirstConsumersAndItsListPagesHoldEveryConsumerOnceInOrder() throws IOException {
        ContractViews.ContractPage popular = view.contracts().stream()
                .max(Comparator.comparingInt(contract -> contract.consumers().size()))
                .orElseThrow();
        int consumers = popular.consumers().size();
        assertThat(consumers).as("consumers of the most read contract").isGreaterThan(PAGE_SIZE);
        Path page = site.resolve(popular.contract().href());

        assertThat(parse(page).select("table.products tbody tr")).hasSize(SHOWN);
        assertThat(parse(page).select("p.more a").first().text()).isEqualTo("and " + (consumers - SHOWN) + " more");
        assertThat(rowsOfListPages(page, "table.products tbody tr th a"))
                .isEqualTo(popular.consumers().stream()
                        .map(CatalogView.ProductRef::href)
                        .toList());
    }

    @Test
    void aProductReadByManyListsItsFirstConsumersAndLinksTheRest() throws IOException {
        ProductViews.ProductPage popular = view.products().stream()
                .max(Comparator.comparingInt(product -> product.downstream().size()))
                .orElseThrow();
        Document page = parse(site.resolve(popular.ref().href()));

        assertThat(page.select("#lineage .product-list").first().select("li")).hasSize(SHOWN);
        assertThat(popular.downstream()).hasSizeGreaterThan(PAGE_SIZE);
        assertThat(page.select("#consumers td a[href*=lists/port-consumers/]")).isNotEmpty();
        assertThat(rowsOfListPages(
                        site.resolve(popular.ref().href()), "table.products tbody tr th a", "#lineage p.more a"))
                .isEqualTo(popular.downstream().stream()
                        .map(CatalogView.ProductRef::href)
                        .toList());
    }

    @Test
    void listPagesLinkTheirNeighboursTheirOwnPageAndThePageTheListBelongsTo() throws IOException {
        List<Path> listPages;
        try (Stream<Path> files = Files.walk(site.resolve("lists"))) {
            listPages = files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
        assertThat(listPages).hasSize(view.lists().size());
        List<String> broken = new ArrayList<>();
        for (ListPage list : view.lists()) {
            Path file = site.resolve(list.href());
            Document page = parse(file);
            Element pager = page.selectFirst("nav.pager");
            assertThat(pager.attr("aria-label")).isEqualTo("Pages of " + list.title());
            assertThat(target(file, pager.selectFirst("a[aria-current=page]"))).isEqualTo(file);
            assertThat(pager.selectFirst("a[rel=prev]") == null).isEqualTo(list.number() == 1);
            assertThat(pager.selectFirst("a[rel=next]") == null).isEqualTo(list.number() == list.pageCount());
            if (list.number() > 1) {
                assertThat(site.relativize(target(file, pager.selectFirst("a[rel=prev]")))
                                .toString())
                        .isEqualTo(list.previous().href())
                        .endsWith("/" + (list.number() - 1) + ".html");
            }
            assertThat(page.select("main a").eachAttr("href"))
                    .contains("../".repeat(list.href().split("/").length - 1)
                            + list.back().href());
            for (Element link : page.select("[href], [src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (URI.create(href).getScheme() == null
                        && !href.startsWith("#")
                        && !Files.isRegularFile(target(file, href))) {
                    broken.add(list.href() + " -> " + href);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * Each kind of page is measured at two mesh sizes; what its largest page grows by between them, carried on to
     * 50,000 products, must stay under 1 MB. Cut lists make the growth nothing but noise.
     */
    @Test
    void noPageGrowsWithTheMeshSoNoneIsOverAMegabyteAtFiftyThousandProducts() {
        Map<String, Long> atTarget = new TreeMap<>();
        largestLarge.forEach((kind, large) -> {
            long small = largestSmall.getOrDefault(kind, 0L);
            long growth = Math.max(0, large - small) * (TARGET - LARGE) / (LARGE - SMALL);
            atTarget.put(kind, large + growth);
        });
        assertThat(atTarget)
                .as(
                        "largest page of each kind at %,d products, from %s at %,d and %s at %,d",
                        TARGET, largestSmall, SMALL, largestLarge, LARGE)
                .allSatisfy((kind, size) -> assertThat(size).as(kind).isLessThan(MEGABYTE));
        assertThat(atTarget)
                .containsKeys(
                        "index.html",
                        "quality.html",
                        "ownership.html",
                        "products",
                        "contracts",
                        "domains",
                        "teams",
                        "graph",
                        "lists/quality",
                        "lists/contract-consumers",
                        "lists/domains",
                        "lists/teams",
                        "lists/downstream",
                        "lists/port-consumers",
                        "lists/domain-products",
                        "lists/team-products");
    }

    /**
     * The lineage explorer's one data script (every product and dependency) grows with the mesh, by a few hundred
     * bytes a product: carried on to 10,000 products it stays a few megabytes, loaded once per explorer page.
     */
    @Test
    void theExplorersDataScriptStaysAFewMegabytesAtTenThousandProducts() throws IOException {
        long size = Files.size(site.resolve("graph/lineage.js"));
        long atTenThousand = size * 10_000 / LARGE;
        assertThat(atTenThousand)
                .as("graph/lineage.js: %,d bytes at %,d products", size, LARGE)
                .isLessThan(3 * MEGABYTE);
    }

    @Test
    void searchAndLlmsTxtStillReachEveryProduct() throws IOException {
        String llms = Files.readString(site.resolve("llms.txt"));
        StringBuilder search = new StringBuilder();
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("docs-"))
                    .toList()) {
                search.append(Files.readString(file));
            }
        }
        assertThat(view.products()).hasSize(LARGE).allSatisfy(product -> {
            assertThat(llms).contains("](" + product.ref().href() + ")");
            assertThat(search).contains("\"" + product.ref().href() + "\"");
        });
    }

    /** The site-relative hrefs of the rows on every list page of the list a page cuts, following "next". */
    private static List<String> rowsOfListPages(Path page, String rows) throws IOException {
        return rowsOfListPages(page, rows, "p.more a");
    }

    private static List<String> rowsOfListPages(Path page, String rows, String moreLink) throws IOException {
        List<String> hrefs = new ArrayList<>();
        Path current = target(page, parse(page).selectFirst(moreLink));
        while (current != null) {
            Document list = parse(current);
            for (Element row : list.select(rows)) {
                hrefs.add(site.relativize(target(current, row)).toString());
            }
            Element next = list.selectFirst("nav.pager a[rel=next]");
            current = next == null ? null : target(current, next);
        }
        return hrefs;
    }

    private static Path target(Path page, Element link) {
        return target(page, link.attr("href"));
    }

    private static Path target(Path page, String href) {
        return page.getParent().resolve(URI.create(href).getPath()).normalize();
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    /**
     * The largest HTML page of each kind: a top-level page by its name, others by their folder, list pages by
     * their list's kind. A product page's blast radius is left out: it is bounded on its own.
     */
    private static Map<String, Long> largestPageOfEachKind(Path root) throws IOException {
        Map<String, Long> largest = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String[] path = root.relativize(file).toString().split("/");
                String kind = path.length == 1 ? path[0] : path[0].equals("lists") ? "lists/" + path[1] : path[0];
                long size = Files.size(file);
                if (kind.equals("products")) {
                    Element blastRadius = parse(file).selectFirst("#lineage div.table-wrap");
                    size -= blastRadius == null ? 0 : blastRadius.outerHtml().getBytes(StandardCharsets.UTF_8).length;
                }
                largest.merge(kind, size, Math::max);
            }
        }
        return largest;
    }
}
