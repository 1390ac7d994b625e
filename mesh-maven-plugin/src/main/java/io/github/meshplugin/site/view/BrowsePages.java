package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.BrowseViews.BrowseList;
import io.github.meshplugin.site.view.BrowseViews.BrowsePage;
import io.github.meshplugin.site.view.BrowseViews.Filter;
import io.github.meshplugin.site.view.BrowseViews.Row;
import io.github.meshplugin.site.view.CatalogView.KeyValue;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ChangeViews.ChangeSetView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The lists of every product, contract and team: rows by name, cut into pages of the long lists' size, and the
 * values their filters offer.
 */
final class BrowsePages {

    static final String PRODUCTS = "products";
    static final String CONTRACTS = "contracts";
    static final String TEAMS = "teams";

    private final ViewContext context;
    private final int pageSize;

    BrowsePages(ViewContext context) {
        this.context = context;
        this.pageSize = context.lists().pageSize();
    }

    List<BrowseList> lists() {
        return List.of(
                list(PRODUCTS, "Data products", productRows()),
                list(CONTRACTS, "Data contracts", contractRows()),
                list(TEAMS, "Teams", teamRows()));
    }

    private BrowseList list(String kind, String title, List<Row> rows) {
        List<Filter> filters = filters(kind, rows);
        List<Filter> named = filters.stream()
                .map(f -> new Filter(f.name(), f.label(), List.of()))
                .toList();
        return new BrowseList(kind, filters, Hrefs.browseFilters(kind), paged(kind, title, rows, named));
    }

    private List<Row> productRows() {
        List<Row> rows = new ArrayList<>();
        for (DataProduct product : context.index().products()) {
            ProductRef ref = context.refs().of(product.id());
            List<Contract> published = context.index().published(product);
            Set<String> consumers = new TreeSet<>();
            published.forEach(c -> consumers.addAll(context.index().consumersOf(c.id())));
            rows.add(new Row(
                    product.id(),
                    ref.name(),
                    ref.href(),
                    ref.domainId(),
                    ref.domainName(),
                    ref.domainHref(),
                    product.ownerTeam(),
                    ref.ownerName(),
                    ref.ownerHref(),
                    ref.status(),
                    product.tags(),
                    classifications(published),
                    published.stream().anyMatch(BrowsePages::hasPii),
                    ref.score(),
                    consumers.size(),
                    lastChange(published),
                    product.version()));
        }
        rows.sort(BY_NAME);
        return rows;
    }

    private List<Row> contractRows() {
        List<Row> rows = new ArrayList<>();
        for (Contract contract : context.index().contracts()) {
            ProductRef publisher = context.index()
                    .mesh()
                    .publisherOf(contract.id())
                    .map(p -> context.refs().of(p.id()))
                    .orElse(null);
            String owner = context.index()
                    .mesh()
                    .publisherOf(contract.id())
                    .map(DataProduct::ownerTeam)
                    .orElse(null);
            rows.add(new Row(
                    contract.id(),
                    contract.displayName(),
                    Hrefs.contract(contract.id()),
                    publisher == null ? null : publisher.domainId(),
                    publisher == null ? null : publisher.domainName(),
                    publisher == null ? null : publisher.domainHref(),
                    owner,
                    publisher == null ? null : publisher.ownerName(),
                    publisher == null ? null : publisher.ownerHref(),
                    contract.status().label(),
                    contract.tags(),
                    classifications(List.of(contract)),
                    hasPii(contract),
                    publisher == null ? 0 : publisher.score(),
                    context.index().consumersOf(contract.id()).size(),
                    lastChange(List.of(contract)),
                    contract.version()));
        }
        rows.sort(BY_NAME);
        return rows;
    }

    private List<Row> teamRows() {
        List<Row> rows = new ArrayList<>();
        for (Team team : context.index().mesh().teams()) {
            List<DataProduct> owned = context.index().mesh().productsOwnedBy(team.id());
            Set<String> domains = new TreeSet<>();
            Set<String> consumers = new TreeSet<>();
            for (DataProduct product : owned) {
                if (product.domain() != null) {
                    domains.add(product.domain());
                }
                context.index()
                        .published(product)
                        .forEach(c -> consumers.addAll(context.index().consumersOf(c.id())));
            }
            rows.add(new Row(
                    team.id(),
                    team.displayName(),
                    Hrefs.team(team.id()),
                    null,
                    null,
                    null,
                    team.id(),
                    team.displayName(),
                    Hrefs.team(team.id()),
                    null,
                    List.of(),
                    List.of(),
                    false,
                    owned.size(),
                    consumers.size(),
                    null,
                    count(owned.size(), "product") + " in " + count(domains.size(), "domain")));
        }
        rows.sort(BY_NAME);
        return rows;
    }

    private static final Comparator<Row> BY_NAME =
            Comparator.comparing(Row::name).thenComparing(Row::id);

    private List<BrowsePage> paged(String kind, String title, List<Row> rows, List<Filter> filters) {
        int pageCount = Math.max(1, (rows.size() + pageSize - 1) / pageSize);
        List<String> scripts = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            scripts.add(Hrefs.browseData(kind, number));
        }
        List<BrowsePage> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            int from = (number - 1) * pageSize;
            int to = Math.min(rows.size(), from + pageSize);
            pages.add(new BrowsePage(
                    kind,
                    title,
                    Hrefs.browse(kind, number),
                    Hrefs.browse(kind, 1),
                    rows.subList(from, to),
                    rows.isEmpty() ? 0 : from + 1,
                    to,
                    rows.size(),
                    number,
                    pageCount,
                    number == 1 ? null : new Link("Previous page", Hrefs.browse(kind, number - 1)),
                    number == pageCount ? null : new Link("Next page", Hrefs.browse(kind, number + 1)),
                    pageLinks(kind, number, pageCount),
                    filters,
                    Hrefs.browseFilters(kind),
                    Hrefs.browseData(kind, number),
                    scripts));
        }
        return pages;
    }

    private static List<ListPage.PageLink> pageLinks(String kind, int current, int pageCount) {
        List<ListPage.PageLink> links = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            if (number == 1 || number == pageCount || Math.abs(number - current) <= 2) {
                links.add(new ListPage.PageLink(number, Hrefs.browse(kind, number), number == current, false));
            } else if (!links.get(links.size() - 1).gap()) {
                links.add(new ListPage.PageLink(number, null, false, true));
            }
        }
        return links;
    }

    private static List<Filter> filters(String kind, List<Row> rows) {
        List<Filter> filters = new ArrayList<>();
        if (TEAMS.equals(kind)) {
            return filters;
        }
        filters.add(new Filter("domain", "Domain", options(rows, r -> one(r.domain(), r.domainName()))));
        filters.add(new Filter("owner", "Owner", options(rows, r -> one(r.owner(), r.ownerName()))));
        filters.add(new Filter("status", "Status", options(rows, r -> one(r.status(), r.status()))));
        filters.add(new Filter("tag", "Tag", options(rows, r -> both(r.tags()))));
        filters.add(new Filter("classification", "Classification", options(rows, r -> both(r.classifications()))));
        filters.add(new Filter(
                "pii", "Personal data", List.of(new KeyValue("yes", "has personal data"), new KeyValue("no", "none"))));
        return filters;
    }

    private static Map<String, String> one(String value, String label) {
        return value == null ? Map.of() : Map.of(value, label == null ? value : label);
    }

    private static Map<String, String> both(List<String> values) {
        Map<String, String> map = new TreeMap<>();
        values.forEach(v -> map.put(v, v));
        return map;
    }

    /** Every value the rows have, by label then value. */
    private static List<KeyValue> options(List<Row> rows, Function<Row, Map<String, String>> values) {
        Map<String, String> all = new TreeMap<>();
        rows.forEach(row -> all.putAll(values.apply(row)));
        return all.entrySet().stream()
                .map(e -> new KeyValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(KeyValue::value).thenComparing(KeyValue::key))
                .toList();
    }

    private static List<String> classifications(List<Contract> contracts) {
        Set<String> found = new TreeSet<>();
        for (Contract contract : contracts) {
            for (Property property : contract.allProperties()) {
                if (property.classification() != null
                        && !property.classification().isBlank()) {
                    found.add(property.classification());
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean hasPii(Contract contract) {
        return contract.allProperties().stream().anyMatch(Property::pii);
    }

    /** The newest dated change of the contracts in the compared history, or null without one. */
    private String lastChange(List<Contract> contracts) {
        String newest = null;
        for (Contract contract : contracts) {
            for (ChangeSetView set : context.changes().history(contract.id())) {
                if (set.date() != null && (newest == null || set.date().compareTo(newest) > 0)) {
                    newest = set.date();
                }
            }
        }
        return newest;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
