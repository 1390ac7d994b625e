package io.github.meshplugin.site.render;

import io.github.meshplugin.finding.LogText;
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

    /** Characters that start a link, image, emphasis, code, HTML, an entity or a table cell wherever they stand. */
    private static final String MARKDOWN_SPECIALS = "\\`*_{}[]()<>#!|~&";

    /** Characters that start a list item or a heading only at the start of a line. */
    private static final String LINE_START_SPECIALS = "-+=";

    /** The start of an ordered list item ("1. "), whose dot is escaped. */
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})\\.");

    /** A site page (a relative path whose first segment has no scheme and is not "..") or a web or mail address. */
    private static final Pattern OWN_OR_WEB =
            Pattern.compile("(?i)(https?://[^/].*|mailto:.+|(?![a-z][a-z0-9+.-]*:)(?!\\.\\./)(?!/).+)");

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
                text.append("- ")
                        .append(link(ref.name(), ref.href()))
                        .append(": ")
                        .append(oneLine(ref.status()))
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
            text.append("- ")
                    .append(link(c.name(), c.href()))
                    .append(": ")
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
            text.append("- ")
                    .append(link(team.name(), team.href()))
                    .append(": owns ")
                    .append(team.products().size())
                    .append(" products\n");
        }
        text.append(
                "\n## Optional\n\n- [Ownership](ownership.html)\n- [Quality](quality.html)\n- [Rules](rules.html)\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * User text on one line, so it cannot start a heading or a list item of its own, with every character that
     * markdown gives a meaning escaped: a name cannot open a link, an image, emphasis or an HTML tag, so whoever
     * reads the file (a markdown renderer, a language model's tools) sees the words and follows only our links.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = LogText.escape(WHITESPACE.matcher(text).replaceAll(" ").trim());
        StringBuilder escaped = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0 || (i == 0 && LINE_START_SPECIALS.indexOf(c) >= 0)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\.");
    }

    /**
     * A markdown link to {@code href} when it is one of the site's own pages (a relative path without a scheme)
     * or an http, https or mailto address; otherwise the text alone, since a link a reader may follow must never
     * lead where the mesh's files chose (a {@code javascript:} or {@code data:} address, another site's path).
     */
    static String link(String text, String href) {
        String label = oneLine(text);
        return safeTarget(href) ? "[" + label + "](" + href + ")" : label;
    }

    static boolean safeTarget(String href) {
        if (href == null || href.isEmpty() || !OWN_OR_WEB.matcher(href).matches()) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == 0x7F || "<>()\\`\"'".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
