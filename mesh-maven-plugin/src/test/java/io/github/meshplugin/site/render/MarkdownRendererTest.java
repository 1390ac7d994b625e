package io.github.meshplugin.site.render;

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

            ![the architecture](https://tracker.example/diagram.png)
            """;

    @Test
    void byDefaultRawHtmlIsShownAsTextAndTablesAndAnchorsRender() {
        String html = new MarkdownRenderer().render(README);

        assertThat(html)
                .contains(
                        "<h3 id=\"readme-orders-alert1\">",
                        "&lt;script&gt;",
                        "<table>",
                        "&lt;details id=&quot;main&quot;&gt;");
        assertThat(html).doesNotContain("<script", "<details", "javascript:");
    }

    @Test
    void aReadmeImageIsALinkSoThePageLoadsNothingFromElsewhere() {
        for (MarkdownRenderer.RawHtml mode : MarkdownRenderer.RawHtml.values()) {
            String html = new MarkdownRenderer(mode).render(README);

            assertThat(html)
                    .as(mode.name())
                    .containsPattern("<a [^>]*href=\"https://tracker.example/diagram.png\">the architecture</a>")
                    .doesNotContain("<img");
        }
    }

    @Test
    void readmeHeadingsSitBelowThePageHeadingsSoAPageKeepsOneH1() {
        String html = new MarkdownRenderer().render("# Title\n\n## Part\n\n##### Deep\n\n###### Deepest\n");

        assertThat(html)
                .contains("<h3 ", "<h4 ")
                .doesNotContain("<h1", "<h2")
                .containsSubsequence("Deep</h6>", "Deepest</h6>");
    }

    @Test
    void aLinkToADataOrScriptUrlKeepsItsTextAndLosesItsTarget() {
        for (MarkdownRenderer.RawHtml mode : MarkdownRenderer.RawHtml.values()) {
            String html = new MarkdownRenderer(mode)
                    .render(
                            "[open](data:text/html,hi) <data:text/html;base64,aGk=>"
                                    + " [run](JavaScript:go) ![pic](data:image/png;base64,aGk=) [ok](https://ok.example) [here](#top)");

            assertThat(html)
                    .as(mode.name())
                    .doesNotContainIgnoringCase("href=\"data:")
                    .doesNotContainIgnoringCase("href=\"javascript:")
                    .contains("open", "run", "pic")
                    .contains("href=\"https://ok.example\"", "href=\"#top\"");
        }
    }

    @Test
    void theSafeSubsetKeepsFormattingAndDropsScriptsHandlersImagesUnsafeLinksAndForeignIds() {
        String html = new MarkdownRenderer(MarkdownRenderer.RawHtml.SAFE_SUBSET).render(README);

        assertThat(html)
                .contains(
                        "<summary>More</summary><kbd>Ctrl</kbd>",
                        "<details>",
                        "<b>bold</b>",
                        "<table>",
                        "href=\"https://ok.example\"",
                        "id=\"readme-orders");
        assertThat(html).doesNotContain("<script", "onclick", "<img", "javascript:", "id=\"main\"");
    }
}
