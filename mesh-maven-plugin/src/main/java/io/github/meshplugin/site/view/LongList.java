package io.github.meshplugin.site.view;

import java.util.List;

/**
 * A list as the page it belongs to shows it: its first rows ({@code shown}), how many it has in all, how many the
 * page leaves out ({@code more}) and, when it leaves some out, {@code href}: the first of the list pages that
 * hold every row. A page that shows a long list whole would grow with the mesh; cut, it stays the same size.
 */
public record LongList<T>(List<T> shown, int total, int more, String href) {

    /** A list short enough to show whole, or one that has no list pages (a view built by hand). */
    public static <T> LongList<T> whole(List<T> items) {
        return new LongList<>(items, items.size(), 0, null);
    }
}
