package io.github.meshplugin.site.render;

import io.github.meshplugin.site.render.SearchIndex.Document;
import io.github.meshplugin.site.render.SearchIndex.Field;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ContractViews;
import io.github.meshplugin.site.view.ContractViews.ContractPage;
import io.github.meshplugin.site.view.ContractViews.ObjectView;
import io.github.meshplugin.site.view.ContractViews.PropertyView;
import io.github.meshplugin.site.view.DomainViews.DomainPage;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.ProductViews;
import io.github.meshplugin.site.view.ProductViews.ProductPage;
import io.github.meshplugin.site.view.TeamViews.MemberView;
import io.github.meshplugin.site.view.TeamViews.TeamPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The documents of the search index: what each page and contract property is found by, and what a result shows. */
final class SearchDocuments {

    static final int SNIPPET_LENGTH = 160;
    private static final int INDEXED_TEXT_LENGTH = 600;
    private static final int KEY_LENGTH = 100;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it", "its", "of", "on",
            "or", "that", "the", "this", "to", "was", "were", "will", "with");

    private SearchDocuments() {}

    static Document domain(DomainPage domain) {
        Map<Field, Set<String>> terms = terms();
        keys(terms, domain.id(), domain.name());
        add(terms, Field.OWNER, domain.ownerName());
        add(terms, Field.TEXT, text(domain.description()));
        return new Document(
                "domain",
                domain.name(),
                join(
                        count(domain.products().size(), "product"),
                        domain.ownerName() == null ? null : "owned by " + domain.ownerName()),
                Hrefs.domain(domain.id()),
                snippet(domain.description()),
                kept(terms));
    }

    static Document product(ProductPage product) {
        CatalogView.ProductRef ref = product.ref();
        Map<Field, Set<String>> terms = terms();
        keys(terms, ref.id(), ref.name());
        product.tags().forEach(tag -> add(terms, Field.TAG, tag));
        add(terms, Field.OWNER, ref.domainId(), ref.domainName(), ref.ownerName());
        add(terms, Field.TEXT, text(product.purpose()), text(product.usage()), text(product.limitations()));
        contacts(terms, product.support().channels());
        // A product is found by where its data is: the servers of the contracts its output ports publish.
        for (ProductViews.AccessView port : product.access()) {
            for (ProductViews.Location location : port.servers()) {
                add(terms, Field.ACCESS, location.server(), location.type(), location.environment());
            }
        }
        return new Document(
                "product",
                ref.name(),
                join(
                        ref.id(),
                        ref.domainName(),
                        ref.ownerName() == null ? "no owner" : "owned by " + ref.ownerName(),
                        ref.status()),
                ref.href(),
                snippet(product.purpose()),
                kept(terms));
    }

    static Document contract(ContractPage page) {
        ContractViews.ContractView contract = page.contract();
        Map<Field, Set<String>> terms = terms();
        keys(terms, contract.id(), contract.name());
        contract.tags().forEach(tag -> add(terms, Field.TAG, tag));
        if (page.publisher() != null) {
            add(
                    terms,
                    Field.OWNER,
                    page.publisher().domainName(),
                    page.publisher().ownerName());
        }
        add(terms, Field.TEXT, text(contract.purpose()), text(contract.usage()), text(contract.limitations()));
        contacts(terms, page.support());
        servers(terms, contract.servers());
        for (ObjectView object : contract.objects()) {
            quality(terms, object.quality());
            for (PropertyView property : object.properties()) {
                quality(terms, property.quality());
            }
        }
        return new Document(
                "contract",
                contract.name(),
                join(
                        contract.id(),
                        contract.version() == null ? null : "version " + contract.version(),
                        page.publisher() == null
                                ? "no publisher"
                                : "published by " + page.publisher().name()),
                contract.href(),
                snippet(contract.purpose()),
                kept(terms));
    }

    static Document team(TeamPage team) {
        Map<Field, Set<String>> terms = terms();
        keys(terms, team.id(), team.name());
        for (MemberView member : team.members()) {
            add(terms, Field.OWNER, member.name(), member.username());
        }
        contacts(terms, team.contacts());
        add(terms, Field.TEXT, text(team.description()));
        return new Document(
                "team",
                team.name(),
                join(
                        count(team.products().size(), "product"),
                        count(team.members().size(), "member")),
                team.href(),
                snippet(team.description()),
                kept(terms));
    }

    /** One document per property, so a field name finds every contract that has it and says which one. */
    static List<Document> properties(ContractPage page) {
        ContractViews.ContractView contract = page.contract();
        List<Document> documents = new ArrayList<>();
        for (ObjectView object : contract.objects()) {
            for (PropertyView property : object.properties()) {
                Map<Field, Set<String>> terms = terms();
                keys(terms, property.name(), property.path());
                property.tags().forEach(tag -> add(terms, Field.TAG, tag));
                add(terms, Field.TAG, property.classification());
                add(terms, Field.TEXT, text(property.description()));
                documents.add(new Document(
                        "property",
                        property.path(),
                        join(
                                "in " + contract.name() + " (" + contract.id() + ")",
                                object.name() == null ? null : "object " + object.name(),
                                property.logicalType()),
                        contract.href() + "#" + property.anchor(),
                        snippet(property.description()),
                        kept(terms)));
            }
        }
        return documents;
    }

    // ---- terms

    private static void contacts(Map<Field, Set<String>> terms, List<CatalogView.ContactView> contacts) {
        for (CatalogView.ContactView contact : contacts) {
            add(terms, Field.ACCESS, contact.channel(), contact.tool());
        }
    }

    private static void servers(Map<Field, Set<String>> terms, List<ContractViews.ServerView> servers) {
        for (ContractViews.ServerView server : servers) {
            add(terms, Field.ACCESS, server.server(), server.type(), server.environment());
        }
    }

    /** A contract is found by its quality rules' names and descriptions, as a description. */
    private static void quality(Map<Field, Set<String>> terms, List<ContractViews.QualityView> rules) {
        for (ContractViews.QualityView rule : rules) {
            add(terms, Field.TEXT, rule.title(), rule.type(), rule.dimension(), text(rule.description()));
        }
    }

    private static Map<Field, Set<String>> terms() {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            terms.put(field, new TreeSet<>());
        }
        return terms;
    }

    /** The terms as the document keeps them: each field's sorted terms as one compact list. */
    private static Map<Field, List<String>> kept(Map<Field, Set<String>> terms) {
        Map<Field, List<String>> kept = new EnumMap<>(Field.class);
        terms.forEach((field, words) -> kept.put(field, List.copyOf(words)));
        return kept;
    }

    /** An id and a name are found whole (the best match) and by their words. */
    private static void keys(Map<Field, Set<String>> terms, String... keys) {
        for (String key : keys) {
            String whole = key == null ? "" : SearchIndex.normalize(key);
            if (!whole.isEmpty()) {
                terms.get(Field.KEY).add(whole.length() > KEY_LENGTH ? whole.substring(0, KEY_LENGTH) : whole);
                terms.get(Field.NAME).addAll(SearchIndex.words(key));
                // A whole key is a word of the name too; the page's script reads it so, and the index is smaller.
                terms.get(Field.NAME).removeAll(terms.get(Field.KEY));
            }
        }
    }

    private static void add(Map<Field, Set<String>> terms, Field field, String... texts) {
        for (String text : texts) {
            if (text != null) {
                SearchIndex.words(text).stream()
                        .filter(w -> field != Field.TEXT || !STOP_WORDS.contains(w))
                        .forEach(terms.get(field)::add);
            }
        }
    }

    // ---- what a result shows

    private static String text(String text) {
        return text == null || text.length() <= INDEXED_TEXT_LENGTH ? text : text.substring(0, INDEXED_TEXT_LENGTH);
    }

    static String snippet(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = SearchIndex.WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (line.length() <= SNIPPET_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SNIPPET_LENGTH);
        return line.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "\u2026";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String join(String... parts) {
        return String.join(
                " \u00b7 ",
                Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
