package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final String README = """
            # Orders <script>alert(1)</script>

            | a | b |
            |---|---|
            | 1 | 2 |

            <details id="main"><summary>More</summary><kbd>Ctrl</kbd> <b onclick="alert(2)">bold</b></details>

            <img src="https://tracker.example/pixel.png"> [x](javascript:alert(3)) <a href="https://ok.example">ok</a>
            """;

    @Test
    void byDefaultRawHtmlIsShownAsTextAndTablesAndAnchorsRender() {
        String html = new MarkdownRenderer().render(README);

        assertThat(html).contains("<h1 id=\"readme-orders-alert1\">", "&lt;script&gt;", "<table>",
                "&lt;details id=&quot;main&quot;&gt;");
        assertThat(html).doesNotContain("<script", "<details", "javascript:");
    }

    @Test
    void theSafeSubsetKeepsFormattingAndDropsScriptsHandlersImagesUnsafeLinksAndForeignIds() {
        String html = new MarkdownRenderer(MarkdownRenderer.RawHtml.SAFE_SUBSET).render(README);

        assertThat(html).contains("<summary>More</summary><kbd>Ctrl</kbd>", "<details>", "<b>bold</b>", "<table>",
                "href=\"https://ok.example\"", "id=\"readme-orders");
        assertThat(html).doesNotContain("<script", "onclick", "<img", "javascript:", "id=\"main\"");
    }
}
