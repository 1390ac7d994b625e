package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ContractViews;
import io.github.meshplugin.site.view.DomainViews;
import io.github.meshplugin.site.view.OverviewViews;
import io.github.meshplugin.site.view.ProductViews;
import io.github.meshplugin.site.view.TeamViews;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code llms.txt}: the catalog as one plain-text map (the llmstxt.org convention: a title, a summary, then
 * sections of links with one line each), so a language model or a person with {@code grep} finds what exists
 * and where its page is without crawling HTML.
 */
final class LlmsTxt {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LlmsTxt() {}

    static byte[] write(CatalogView view) {
        StringBuilder text = new StringBuilder();
        OverviewViews.Overview overview = view.overview();
        text.append("# ").append(oneLine(view.meta().meshName())).append(": data mesh catalog\n\n");
        text.append("> ")
                .append(overview.productCount())
                .append(" data products in ")
                .append(overview.domainCount())
                .append(" domains, ")
                .append(overview.contractCount())
                .append(" contracts, ")
                .append(overview.teamCount())
                .append(" teams, ")
                .append(overview.edgeCount())
                .append(" dependencies. Machine-readable model: catalog.json; per product: products/<id>.json.\n");
        Map<String, ProductViews.ProductPage> productsById = new HashMap<>();
        view.products()
                .forEach(product -> productsById.putIfAbsent(product.ref().id(), product));
        for (DomainViews.DomainPage domain : view.domains()) {
            text.append("\n## Domain ").append(oneLine(domain.name())).append("\n\n");
            if (domain.description() != null) {
                text.append(oneLine(domain.description())).append("\n\n");
            }
            for (CatalogView.ProductRef ref : domain.products()) {
                ProductViews.ProductPage product = productsById.get(ref.id());
                text.append("- [")
                        .append(oneLine(ref.name()))
                        .append("](")
                        .append(ref.href())
                        .append("): ")
                        .append(ref.status())
                        .append(", owner ")
                        .append(ref.ownerName() == null ? "none" : oneLine(ref.ownerName()));
                if (product != null && product.purpose() != null) {
                    text.append(". ").append(oneLine(product.purpose()));
                }
                text.append('\n');
            }
        }
        text.append("\n## Contracts\n\n");
        for (ContractViews.ContractPage contract : view.contracts()) {
            ContractViews.ContractView c = contract.contract();
            text.append("- [")
                    .append(oneLine(c.name()))
                    .append("](")
                    .append(c.href())
                    .append("): ")
                    .append(oneLine(c.id()))
                    .append(" v")
                    .append(c.version() == null ? "?" : oneLine(c.version()))
                    .append(", ")
                    .append(c.propertyCount())
                    .append(" properties");
            if (c.piiCount() > 0) {
                text.append(", ").append(c.piiCount()).append(" personal data");
            }
            text.append('\n');
        }
        text.append("\n## Teams\n\n");
        for (TeamViews.TeamPage team : view.teams()) {
            text.append("- [")
                    .append(oneLine(team.name()))
                    .append("](")
                    .append(team.href())
                    .append("): owns ")
                    .append(team.products().size())
                    .append(" products\n");
        }
        text.append(
                "\n## Optional\n\n- [Ownership](ownership.html)\n- [Quality](quality.html)\n- [Rules](rules.html)\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** User text on one line, so it cannot start a heading or a list item of its own. */
    private static String oneLine(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
