package io.github.meshplugin.site.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a product's README. Markdown comes from any contributor to the mesh, so by default raw HTML in it is
 * escaped (shown as text, never interpreted) and link and image URLs are sanitised to safe protocols. A mesh
 * that wants some HTML (a {@code <details>} block, a {@code <kbd>}) can allow a safe subset: the rendered HTML is
 * then cleaned with jsoup's allow-list, which drops scripts, styles, event handlers and unsafe URLs.
 * Headings move two levels down (a README's {@code #} is a third-level heading under the page's README section,
 * so each page keeps one {@code h1}), and images become links to them: a catalog page loads nothing from
 * elsewhere, and the README's own image files are not part of the catalog.
 */
public final class MarkdownRenderer {

    /** How raw HTML inside markdown is treated. */
    public enum RawHtml {
        ESCAPE,
        SAFE_SUBSET
    }

    private static final Safelist SAFE_SUBSET = Safelist.relaxed()
            .addTags("details", "summary", "kbd", "abbr", "mark", "del", "ins", "sup", "sub")
            .addAttributes("abbr", "title")
            .addAttributes("h1", "id")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id")
            .addProtocols("a", "href", "#")
            .removeTags("img");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;

    public MarkdownRenderer() {
        this(RawHtml.ESCAPE);
    }

    public MarkdownRenderer(RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                HeadingAnchorExtension.builder().idPrefix("readme-").build());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(rawHtml == RawHtml.ESCAPE)
                .sanitizeUrls(true)
                .build();
    }

    public String render(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new FitIntoThePage());
        String html = renderer.render(document);
        if (rawHtml == RawHtml.ESCAPE) {
            return html;
        }
        // Images are left out even in the safe subset: they would load from other hosts at view time. Only the
        // heading anchors this renderer made keep an id, so README HTML cannot take over an id of the page.
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, SAFE_SUBSET));
        clean.outputSettings().prettyPrint(false);
        clean.body().select("[id]").stream()
                .filter(e -> !e.id().startsWith("readme-"))
                .forEach(e -> e.removeAttr("id"));
        return clean.body().html();
    }

    /** README headings below the page's own, README images as links, links only to where a reader may go. */
    private static final class FitIntoThePage extends AbstractVisitor {

        private static final int LEVELS_BELOW_THE_PAGE = 2;
        private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + LEVELS_BELOW_THE_PAGE));
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            if (!isSafe(link.getDestination())) {
                unwrap(link);
                return;
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            Link link = new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            image.insertBefore(link);
            image.unlink();
            visit(link);
        }

        /** A link that may not be followed keeps its text and loses its target. */
        private void unwrap(Link link) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }

        /** Web and mail links, and links within the page or the catalog; no script, data or other scheme. */
        private static boolean isSafe(String destination) {
            String compact = destination.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
            Matcher scheme = SCHEME.matcher(compact);
            return !scheme.find() || List.of("http", "https", "mailto").contains(scheme.group(1));
        }
    }
}
