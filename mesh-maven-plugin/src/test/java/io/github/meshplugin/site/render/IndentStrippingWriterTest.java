package io.github.meshplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IndentStrippingWriterTest {

    private static String stripped(String html) throws IOException {
        StringWriter out = new StringWriter();
        try (IndentStrippingWriter writer = new IndentStrippingWriter(out)) {
            writer.write(html);
        }
        return out.toString();
    }

    /** The same text written a character at a time, as a template may hand it over in any pieces. */
    private static String strippedInPieces(String html) throws IOException {
        StringWriter out = new StringWriter();
        try (IndentStrippingWriter writer = new IndentStrippingWriter(out)) {
            for (char c : html.toCharArray()) {
                writer.write(c);
            }
        }
        return out.toString();
    }

    @Test
    void indentationAndBlankLinesGoAndEveryNewlineStays() throws IOException {
        String page = "<ul>\n    <li>one</li>\n\n  \n\t<li>two <b>bold</b>\n      text</li>\n</ul>\n";

        assertThat(stripped(page)).isEqualTo("<ul>\n<li>one</li>\n<li>two <b>bold</b>\ntext</li>\n</ul>\n");
        assertThat(strippedInPieces(page)).isEqualTo(stripped(page));
    }

    @Test
    void preformattedTextKeepsItsWhitespaceUpToItsEndTag() throws IOException {
        String page =
                "<div>\n  <pre class=\"query\"><code>select *\n    from t\n\n  where x</code></PRE>\n  <p>after</p>";

        assertThat(stripped(page))
                .isEqualTo(
                        "<div>\n<pre class=\"query\"><code>select *\n    from t\n\n  where x</code></PRE>\n<p>after</p>");
    }

    @Test
    void scriptsStylesAndTextAreasKeepTheirs() throws IOException {
        String page = "<script>\n  if (a < b) {\n    go();\n  }\n</script>\n  <style>\n  p { }\n</style>\n"
                + "  <textarea>\n  typed\n</textarea>\n  <p>x</p>";

        assertThat(stripped(page))
                .isEqualTo("<script>\n  if (a < b) {\n    go();\n  }\n</script>\n<style>\n  p { }\n</style>\n"
                        + "<textarea>\n  typed\n</textarea>\n<p>x</p>");
    }

    @Test
    void quotedAttributeValuesKeepTheirLinesButAttributesLoseTheirIndentation() throws IOException {
        String page = "<a\n    title=\"first line\n    second line\"\n    data-x='a\n  b'>link</a>";

        assertThat(stripped(page)).isEqualTo("<a\ntitle=\"first line\n    second line\"\ndata-x='a\n  b'>link</a>");
    }

    @Test
    void commentsAndLessThanSignsInTextAreLeftAsTheyAre() throws IOException {
        String page = "<!-- a > b\n   it's -->\n  <p>1 < 2\n    and &lt;pre&gt;\n    here</p>";

        assertThat(stripped(page)).isEqualTo("<!-- a > b\n   it's -->\n<p>1 < 2\nand &lt;pre&gt;\nhere</p>");
    }

    @Test
    void anElementWhoseNameOnlyStartsLikeARawOneIsStripped() throws IOException {
        assertThat(stripped("<prefix>\n  x</prefix>\n  <p>y</p>")).isEqualTo("<prefix>\nx</prefix>\n<p>y</p>");
    }
}
