package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.diff.OrderLinesMesh;
import io.github.meshplugin.diff.TestRepository;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.Hrefs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader of the catalog sees of breaking changes: a contract's history, a product's deprecation notices. */
class ChangeHistoryPageTest {

    @TempDir
    Path repo;

    @TempDir
    Path site;

    @Test
    void theContractPageListsItsChangesSinceTheBaselineAndPerCommitTaggedByImpact() throws Exception {
        TestRepository git = new TestRepository(repo);
        OrderLinesMesh mesh = new OrderLinesMesh(repo).initial(null);
        git.commit("Order lines 2.3.0");
        mesh.contract("2.4.0", List.of("order_id", "amount", "discount_code", "channel", "coupon"));
        git.commit("Add the coupon");
        mesh.contract("3.0.0", List.of("order_id", "amount", "channel", "coupon"));
        mesh.publisher("""
                  - name: order-lines
                    version: 3.0.0
                    contractId: sales.orders.order-lines
                  - name: order-lines
                    version: 2.3.0
                    contractId: sales.orders.order-lines
                    customProperties:
                      - {property: status, value: deprecated}
                      - {property: sunsetDate, value: "2027-03-31"}
                      - {property: replacedBy, value: "order-lines 3.0.0"}
                """);
        git.commit("Order lines 3.0.0 without the discount code");

        MeshResult result =
                MeshBuild.defaults().withBaseline("HEAD~2").withHistory(5).run(repo);
        new SiteRenderer(Theme.standard()).render(new CatalogViewBuilder(result, "Test").build(), result, site);

        Document contract = page(Hrefs.contract("sales.orders.order-lines"));
        List<Element> sets = contract.select("section[aria-labelledby=changes-heading] article.change-set");
        assertThat(sets)
                .extracting(set -> set.selectFirst("h3").text())
                .containsExactly(
                        "Since baseline HEAD~2: v2.3.0 → v3.0.0",
                        "Commit " + result.history().get(0).commit() + " 2026-01-03: v2.4.0 → v3.0.0",
                        "Commit " + result.history().get(1).commit() + " 2026-01-02: v2.3.0 → v2.4.0");
        assertThat(sets.get(0).hasClass("change-set-breaking")).isTrue();
        assertThat(sets.get(0).select("li"))
                .extracting(Element::text)
                .contains(
                        "breaking removes property order_lines.discount_code",
                        "non-breaking adds optional property order_lines.coupon");
        assertThat(sets.get(2).hasClass("change-set-breaking")).isFalse();
        assertThat(sets.get(2).selectFirst(".change-subject").text()).isEqualTo("Add the coupon");
        assertThat(sets.get(0).selectFirst("li:has(.impact-breaking) code").text())
                .isEqualTo("order_lines.discount_code");

        Document product = page(Hrefs.product("sales.orders"));
        assertThat(product.select(".banner.deprecation"))
                .extracting(Element::text)
                .containsExactly(
                        "Output port order-lines v2.3.0 is deprecated and goes away on 2027-03-31. Use order-lines 3.0.0 "
                                + "instead.");
    }

    @Test
    void aDeprecatedContractPutsABannerWithItsDateAndReplacementOnItsProductPage() throws Exception {
        OrderLinesMesh mesh = new OrderLinesMesh(repo).initial(null);
        mesh.files()
                .file(
                        "domains/sales/orders/order-lines.odcs.yaml",
                        Files.readString(repo.resolve("domains/sales/orders/order-lines.odcs.yaml"))
                                .replace("status: active", """
                status: deprecated
                customProperties:
                  - {property: replacedBy, value: sales.orders.order-lines-v3}
                  - {property: sunsetDate, value: "2027-06-30"}"""));

        MeshResult result = MeshBuild.defaults().run(repo);
        new SiteRenderer(Theme.standard()).render(new CatalogViewBuilder(result, "Test").build(), result, site);

        assertThat(page(Hrefs.product("sales.orders")).select(".banner.deprecation"))
                .extracting(Element::text)
                .containsExactly("Contract sales.orders.order-lines v2.3.0 is deprecated and goes away on "
                        + "2027-06-30. Use sales.orders.order-lines-v3 instead.");
        assertThat(page(Hrefs.product("finance.revenue-daily")).select(".banner.deprecation"))
                .isEmpty();
    }

    private Document page(String href) throws Exception {
        return Jsoup.parse(site.resolve(href).toFile(), StandardCharsets.UTF_8.name());
    }
}
