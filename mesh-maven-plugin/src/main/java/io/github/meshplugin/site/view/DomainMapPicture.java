package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.site.view.Sketch.Item;
import io.github.meshplugin.site.view.Sketch.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The mesh as a map of domains, with the heaviest links when there are many and the most bound domains. */
final class DomainMapPicture extends PictureParts {

    private static final String MORE_MAP_DOMAINS = "m:map-domains";

    DomainMapPicture(PictureParts parts) {
        super(parts);
    }

    GraphPictures.Chosen draw() {
        List<DomainLink> links = graph.domainLinks();
        List<DomainLink> drawn = links;
        if (links.size() > GraphPictures.MAP_LINK_LIMIT) {
            Set<DomainLink> strongest = new LinkedHashSet<>();
            Comparator<DomainLink> heaviest = Comparator.comparing((DomainLink l) -> -l.edges())
                    .thenComparing(DomainLink::producerDomain)
                    .thenComparing(DomainLink::consumerDomain);
            Map<String, List<DomainLink>> byConsumer = new TreeMap<>();
            Map<String, List<DomainLink>> byProducer = new TreeMap<>();
            for (DomainLink link : links) {
                byConsumer
                        .computeIfAbsent(link.consumerDomain(), k -> new ArrayList<>())
                        .add(link);
                byProducer
                        .computeIfAbsent(link.producerDomain(), k -> new ArrayList<>())
                        .add(link);
            }
            for (Map<String, List<DomainLink>> groups : List.of(byConsumer, byProducer)) {
                groups.values()
                        .forEach(group -> group.stream()
                                .sorted(heaviest)
                                .limit(GraphPictures.STRONGEST_PER_DOMAIN)
                                .forEach(strongest::add));
            }
            drawn = links.stream().filter(strongest::contains).toList();
        }
        Map<String, Integer> productCounts = new TreeMap<>();
        refs.values().forEach(r -> productCounts.merge(r.domainId(), 1, Integer::sum));
        Set<String> domains =
                new TreeSet<>(Comparator.comparing(this::domainName).thenComparing(Comparator.naturalOrder()));
        mesh.domains().forEach(d -> domains.add(d.id()));
        domains.addAll(productCounts.keySet());
        int allDomains = domains.size();
        if (allDomains > GraphPictures.MAP_DOMAIN_LIMIT) {
            // A map of hundreds of domains is unreadable and heavy: keep those most bound to other domains.
            Map<String, Integer> crossing = new TreeMap<>();
            for (DomainLink link : links) {
                crossing.merge(link.consumerDomain(), link.edges(), Integer::sum);
                crossing.merge(link.producerDomain(), link.edges(), Integer::sum);
            }
            Set<String> kept = new HashSet<>(domains.stream()
                    .sorted(Comparator.comparing((String d) -> -crossing.getOrDefault(d, 0))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(GraphPictures.MAP_DOMAIN_LIMIT)
                    .toList());
            domains.retainAll(kept);
            drawn = drawn.stream()
                    .filter(l -> kept.contains(l.consumerDomain()) && kept.contains(l.producerDomain()))
                    .toList();
        }
        List<Item> items = new ArrayList<>();
        for (String domain : domains) {
            items.add(domainItem(domain, DOMAIN + domain, count(productCounts.getOrDefault(domain, 0), "product")));
        }
        if (domains.size() < allDomains) {
            items.add(more(
                    MORE_MAP_DOMAINS,
                    allDomains - domains.size(),
                    "domains",
                    "index.html#domains-heading",
                    (allDomains - domains.size()) + " more domains, with fewer dependencies across domains; the "
                            + "overview lists every domain"));
        }
        List<Line> lines = drawn.stream()
                .map(l -> new Line(
                        DOMAIN + l.producerDomain(),
                        DOMAIN + l.consumerDomain(),
                        l.edges(),
                        domainName(l.consumerDomain()) + " reads " + domainName(l.producerDomain()) + ": "
                                + count(l.edges(), "dependency")))
                .toList();
        String summary = count(allDomains, "domain") + " and " + count(links.size(), "link") + " between them"
                + (domains.size() < allDomains
                        ? "; the " + domains.size() + " most bound to other domains are drawn"
                        : "")
                + (drawn.size() < links.size()
                        ? "; " + drawn.size() + " are drawn (the heaviest link into and out of"
                                + " each domain), every link is listed on the domain pages"
                        : "")
                + ". A line's width grows with the number of product dependencies it stands for.";
        return new GraphPictures.Chosen(
                new Sketch("Domain map: " + summary, Sketch.Legend.DOMAINS, List.of(), items, lines), summary);
    }
}
