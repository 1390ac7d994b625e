package io.github.meshplugin.site.view;

import java.util.List;

/**
 * A graph picture before layout: what each box, frame and edge says, what it links to and how it looks. Hrefs
 * are relative to the site root, or a fragment ({@code #upstream}) of the page the picture is drawn on. Texts are
 * raw user text; whoever draws it escapes them.
 */
public record Sketch(String title, Legend legend, List<Frame> frames, List<Item> items, List<Line> lines) {

    public Sketch {
        frames = List.copyOf(frames);
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    /** The id of the box the picture is about (a neighbourhood's product), or null when it has none. */
    public String focus() {
        return items.stream()
                .filter(item -> item.kind() == Kind.FOCUS)
                .map(Item::id)
                .findFirst()
                .orElse(null);
    }

    /** Which legend explains the picture: around one product, inside one domain, or the map of domains. */
    public enum Legend {
        NEIGHBOURHOOD,
        DOMAIN,
        DOMAINS
    }

    /** How a box is drawn: a product, the product the page is about, a "+N more" box, or a whole domain. */
    public enum Kind {
        PRODUCT,
        FOCUS,
        MORE,
        DOMAIN
    }

    /** A labelled frame around the items of one domain; {@code colour} picks one of the theme's domain colours. */
    public record Frame(String id, String label, String title, String href, int colour) {}

    /**
     * A box; {@code frame} is null outside every frame. {@code detail} is the small second line (a status, a
     * count); {@code status} a product's lifecycle status, shown by the box's outline as well as in words.
     */
    public record Item(
            String id,
            String frame,
            String label,
            String detail,
            String title,
            String href,
            Kind kind,
            int colour,
            String status) {}

    /** An edge in the direction data flows; {@code weight} is how many dependencies it stands for. */
    public record Line(String from, String to, int weight, String title) {}
}
