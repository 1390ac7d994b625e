package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LongListsTest {

    private static final CatalogView.Link BACK = new CatalogView.Link("Contract Orders", "contracts/orders.html");

    private static List<String> items(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "item " + i).toList();
    }

    @Test
    void aListNoLongerThanItsPageShowsIsShownWholeWithoutListPages() {
        LongLists lists = new LongLists(3, 2, 1);

        LongList<String> list = lists.cut("contract-consumers", "orders", "Readers", BACK, items(3));

        assertThat(list.shown()).containsExactly("item 1", "item 2", "item 3");
        assertThat(list.more()).isZero();
        assertThat(list.href()).isNull();
        assertThat(lists.pages()).isEmpty();
    }

    @Test
    void aLongListShowsItsFirstRowsAndTheRestIsOnListPagesEachRowOnceInOrder() {
        LongLists lists = new LongLists(3, 2, 1);

        LongList<String> list = lists.cut("contract-consumers", "orders", "Readers", BACK, items(7));

        assertThat(list.shown()).containsExactly("item 1", "item 2", "item 3");
        assertThat(list.total()).isEqualTo(7);
        assertThat(list.more()).isEqualTo(4);
        assertThat(list.href()).isEqualTo("lists/contract-consumers/orders/1.html");
        List<Object> all = new ArrayList<>();
        lists.pages().forEach(page -> all.addAll(page.items()));
        assertThat(all).isEqualTo(List.copyOf(items(7)));
        assertThat(lists.pages())
                .extracting(ListPage::href)
                .containsExactly(
                        "lists/contract-consumers/orders/1.html", "lists/contract-consumers/orders/2.html",
                        "lists/contract-consumers/orders/3.html", "lists/contract-consumers/orders/4.html");
        ListPage last = lists.pages().get(3);
        assertThat(last.first()).isEqualTo(7);
        assertThat(last.last()).isEqualTo(7);
        assertThat(last.back()).isEqualTo(BACK);
    }

    @Test
    void eachListPageLinksItsNeighboursAndAWindowOfPageNumbers() {
        LongLists lists = new LongLists(1, 1, 1);
        lists.cut("downstream", "orders", "Readers", BACK, items(10));
        List<ListPage> pages = lists.pages();

        assertThat(pages.get(0).previous()).isNull();
        assertThat(pages.get(0).next().href()).isEqualTo(pages.get(1).href());
        assertThat(pages.get(9).next()).isNull();
        assertThat(pages.get(9).previous().href()).isEqualTo(pages.get(8).href());
        ListPage fifth = pages.get(4);
        assertThat(fifth.pages())
                .extracting(link ->
                        link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : String.valueOf(link.number()))
                .containsExactly("1", "…", "3", "4", "[5]", "6", "7", "…", "10");
        assertThat(fifth.pages())
                .filteredOn(ListPage.PageLink::current)
                .singleElement()
                .extracting(ListPage.PageLink::href)
                .isEqualTo(fifth.href());
    }

    @Test
    void listsOfIdsThatAreNotSafeFileNamesOrClashGetPagesOfTheirOwn() {
        LongLists lists = new LongLists(1, 5, 5);

        String first = lists.cut("port-consumers", "Orders/../Daily", "a", BACK, items(2))
                .href();
        String second =
                lists.cut("port-consumers", "orders", "b", BACK, items(2)).href();
        String again =
                lists.cut("port-consumers", "orders", "c", BACK, items(2)).href();

        assertThat(first).startsWith("lists/port-consumers/_orders_.._daily-");
        assertThat(first.split("/")).hasSize(4).doesNotContain("..", ".");
        assertThat(second).isEqualTo("lists/port-consumers/orders/1.html");
        assertThat(again).isNotEqualTo(second).startsWith("lists/port-consumers/orders");
    }
}
