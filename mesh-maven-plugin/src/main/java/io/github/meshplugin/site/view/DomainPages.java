package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.DomainViews.DomainEdgeView;
import io.github.meshplugin.site.view.DomainViews.DomainPage;
import io.github.meshplugin.site.view.DomainViews.DomainSummary;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The domain pages, and each domain's card on the overview: products, score, findings, linked domains. */
final class DomainPages {

    /** Domains another domain's card on the index names before "+N more". */
    private static final int CARD_EDGES = 5;

    private final ViewContext context;
    private final Mesh mesh;
    private final GraphPages pictures;

    DomainPages(ViewContext context, GraphPages pictures) {
        this.context = context;
        this.mesh = context.index().mesh();
        this.pictures = pictures;
    }

    DomainPage page(Domain domain) {
        List<DataProduct> products = mesh.productsOf(domain.id());
        List<Finding> findings = context.findings().ofProducts(products);
        List<ProductRef> inUse = refs(products, p -> p.status() != Status.RETIRED);
        List<ProductRef> retired = refs(products, p -> p.status() == Status.RETIRED);
        Link back = new Link("Domain " + domain.displayName(), Hrefs.domain(domain.id()));
        return new DomainPage(
                domain.id(),
                domain.displayName(),
                domain.description(),
                ownerName(domain),
                ownerHref(domain),
                inUse,
                consumesFrom(domain.id()),
                consumedBy(domain.id()),
                context.scores().average(products),
                FindingIndex.count(findings, Severity.ERROR),
                FindingIndex.count(findings, Severity.WARNING),
                retired,
                context.lists()
                        .cut(
                                "domain-products",
                                domain.id(),
                                "Data products of the " + domain.displayName() + " domain",
                                back,
                                inUse),
                context.lists()
                        .cut(
                                "domain-retired",
                                domain.id(),
                                "Retired data products of the " + domain.displayName() + " domain",
                                back,
                                retired),
                pictures.domain(domain.id()));
    }

    /** The domain's card on the overview: the linked domains with the most dependencies, and how many more. */
    DomainSummary summary(Domain domain) {
        List<DomainEdgeView> consumesFrom = consumesFrom(domain.id());
        List<DomainEdgeView> consumedBy = consumedBy(domain.id());
        return new DomainSummary(
                domain.id(),
                domain.displayName(),
                Hrefs.domain(domain.id()),
                domain.description(),
                ownerName(domain),
                ownerHref(domain),
                mesh.productsOf(domain.id()).size(),
                context.scores().average(mesh.productsOf(domain.id())),
                mostDependencies(consumesFrom),
                mostDependencies(consumedBy),
                Math.max(0, consumesFrom.size() - CARD_EDGES),
                Math.max(0, consumedBy.size() - CARD_EDGES));
    }

    private List<ProductRef> refs(List<DataProduct> products, Predicate<DataProduct> filter) {
        return context.refs()
                .of(products.stream()
                        .filter(filter)
                        .map(DataProduct::id)
                        .distinct()
                        .toList());
    }

    private String ownerName(Domain domain) {
        Team owner = mesh.team(domain.ownerTeam()).orElse(null);
        return owner == null ? domain.ownerTeam() : owner.displayName();
    }

    private static String ownerHref(Domain domain) {
        return domain.ownerTeam() == null ? null : Hrefs.team(domain.ownerTeam());
    }

    /** The linked domains a domain's card names: those with the most dependencies, then by name. */
    private static List<DomainEdgeView> mostDependencies(List<DomainEdgeView> edges) {
        return edges.stream()
                .sorted(Comparator.comparingInt(DomainEdgeView::edges)
                        .reversed()
                        .thenComparing(DomainEdgeView::name))
                .limit(CARD_EDGES)
                .toList();
    }

    private List<DomainEdgeView> consumesFrom(String domainId) {
        return linked(l -> l.consumerDomain().equals(domainId), DomainLink::producerDomain);
    }

    private List<DomainEdgeView> consumedBy(String domainId) {
        return linked(l -> l.producerDomain().equals(domainId), DomainLink::consumerDomain);
    }

    private List<DomainEdgeView> linked(Predicate<DomainLink> side, Function<DomainLink, String> other) {
        return context.graph().domainLinks().stream()
                .filter(side)
                .map(l -> {
                    String domain = other.apply(l);
                    return new DomainEdgeView(context.index().domainName(domain), Hrefs.domain(domain), l.edges());
                })
                .toList();
    }
}
