package io.github.meshplugin.site.render;

import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.site.view.Drawing;
import io.github.meshplugin.site.view.Sketch;

/** Draws the view's graph pictures as SVG and renders its READMEs with CommonMark. */
public final class ViewDrawing implements Drawing {

    private final GraphSvg svg;
    private final MarkdownRenderer markdown;

    /** @param layouts layouts kept from earlier builds, or null to lay out every picture */
    public ViewDrawing(LayoutCache layouts, MarkdownRenderer.RawHtml rawHtml) {
        this.svg = new GraphSvg(layouts);
        this.markdown = new MarkdownRenderer(rawHtml);
    }

    @Override
    public String svg(Sketch sketch, String root) {
        return svg.draw(sketch, root);
    }

    @Override
    public String html(String markdown) {
        return this.markdown.render(markdown);
    }
}
