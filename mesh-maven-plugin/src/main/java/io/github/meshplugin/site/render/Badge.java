package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.CatalogView;
import java.nio.charset.StandardCharsets;

/**
 * A product's quality badge, {@code badges/<product>.svg}, for teams to embed in their own READMEs: the score
 * and the status, in the flat two-part style people know from CI badges. Text is measured with a fixed
 * per-character width, so the same product always gives the same bytes on every machine.
 */
final class Badge {

    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 10;

    private Badge() {}

    static byte[] svg(CatalogView.ProductRef product) {
        String label = "mesh quality";
        String value = product.score() + "/100 · " + product.status();
        String colour = product.score() >= 80 ? "#1a7f37" : product.score() >= 50 ? "#9a6700" : "#cf222e";
        int labelWidth = label.length() * CHAR_WIDTH + PADDING;
        int valueWidth = value.length() * CHAR_WIDTH + PADDING;
        int width = labelWidth + valueWidth;
        String title = escape(product.name() + " (" + product.id() + "): quality score " + product.score()
                + " of 100, status " + product.status());
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"20\" role=\"img\" "
                + "aria-label=\"" + title + "\">\n"
                + "  <title>" + title + "</title>\n"
                + "  <rect width=\"" + labelWidth + "\" height=\"20\" fill=\"#555\"/>\n"
                + "  <rect x=\"" + labelWidth + "\" width=\"" + valueWidth + "\" height=\"20\" fill=\"" + colour
                + "\"/>\n"
                + "  <g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">\n"
                + "    <text x=\"" + PADDING / 2 + "\" y=\"14\">" + label + "</text>\n"
                + "    <text x=\"" + (labelWidth + PADDING / 2) + "\" y=\"14\">" + escape(value) + "</text>\n"
                + "  </g>\n"
                + "</svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
