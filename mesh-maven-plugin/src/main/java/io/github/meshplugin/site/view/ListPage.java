package io.github.meshplugin.site.view;

import java.util.List;

/**
 * One page of a long list's list pages. {@code kind} names the list and so how its rows are laid out: "quality"
 * (quality rows), "findings" (a product's findings each), "domains" (domain cards), "teams", "team-contracts",
 * "rule-findings"; any other kind is a list of products. {@code items} are the rows of this page only, {@code first} and {@code last}
 * their positions (from 1) in the whole list of {@code total}. {@code back} links the page the list belongs to;
 * {@code previous} and {@code next} are null on the first and last page; {@code pages} are the numbered links,
 * a window around this page plus the first and last.
 */
public record ListPage(
        String href,
        String kind,
        String title,
        CatalogView.Link back,
        List<?> items,
        int first,
        int last,
        int total,
        int number,
        int pageCount,
        CatalogView.Link previous,
        CatalogView.Link next,
        List<PageLink> pages) {

    /** A numbered link; {@code gap} stands for the pages left out between two numbers. */
    public record PageLink(int number, String href, boolean current, boolean gap) {}
}
