package io.github.meshplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void aTextWithNothingToEscapeComesBackAsItIs() {
        String name = "Orders of sales, daily";
        assertThat(Xml.escape(name)).isSameAs(name);
        assertThat(Xml.escape("Straße 東京")).isEqualTo("Straße 東京");
    }

    @Test
    void markupAndQuotesAreEscapedWhereverTheyStart() {
        assertThat(Xml.escape("<b>")).isEqualTo("&lt;b&gt;");
        assertThat(Xml.escape("Fish & \"Chips\" 'n' more")).isEqualTo("Fish &amp; &quot;Chips&quot; &#39;n&#39; more");
    }

    @Test
    void whatXmlCannotCarryBecomesAReplacementCharacterAndPairedSurrogatesStay() {
        assertThat(Xml.escape("ok\u0001bell")).isEqualTo("ok\uFFFDbell");
        assertThat(Xml.escape("lone \uD83D here")).isEqualTo("lone \uFFFD here");
        assertThat(Xml.escape("pair \uD83D\uDE00 & more")).isEqualTo("pair \uD83D\uDE00 &amp; more");
        assertThat(Xml.escape("tab\tand\nnewline")).isEqualTo("tab\tand\nnewline");
    }
}
