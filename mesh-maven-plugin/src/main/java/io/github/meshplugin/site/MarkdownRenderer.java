package io.github.meshplugin.site;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a product's README. Markdown comes from any contributor to the mesh, so raw HTML in it is escaped
 * (shown as text, never interpreted) and link and image URLs are sanitised to safe protocols.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(),
                HeadingAnchorExtension.builder().idPrefix("readme-").build());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
    }

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
