package io.github.meshplugin.site.view;

/**
 * The two parts of a page the view hands over already rendered: graph pictures as inline SVG and product READMEs
 * as sanitised HTML. The view decides what they show; how they are drawn is the renderer's, handed in here, so the
 * view never depends on the renderer.
 */
public interface Drawing {

    /** The picture as inline SVG, every user text in it escaped, its links relative to {@code root}. */
    String svg(Sketch sketch, String root);

    /** A README written in CommonMark as HTML that is safe to put on a page. */
    String html(String markdown);
}
