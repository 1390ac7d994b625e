package io.github.meshplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import org.junit.jupiter.api.Test;

class InlineCodeTest {

    private static String html(String text) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(InlineCode.render(text));
    }

    @Test
    void backtickSpansBecomeCodeAndEverythingIsEscaped() throws Exception {
        assertThat(html("add `status: <value>` & <b>retry</b>"))
                .isEqualTo("add <code>status: &lt;value&gt;</code> &amp; &lt;b&gt;retry&lt;/b&gt;");
    }

    @Test
    void anUnpairedBacktickStaysText() throws Exception {
        assertThat(html("it's a ` lone tick")).isEqualTo("it&#39;s a ` lone tick");
    }
}
