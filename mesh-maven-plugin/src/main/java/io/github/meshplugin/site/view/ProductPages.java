package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Origin;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.site.view.CatalogView.KeyValue;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ContractViews.ContractView;
import io.github.meshplugin.site.view.ProductViews.ImpactView;
import io.github.meshplugin.site.view.ProductViews.PortView;
import io.github.meshplugin.site.view.ProductViews.ProductPage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The product pages: ports with their counterparts, contracts, README, lineage, impact, score and findings. */
record ProductPages(ViewContext context, ContractPages contracts, GraphPages pictures, ProductCards cards) {

    ProductPages(ViewContext context, ContractPages contracts, GraphPages pictures) {
        this(context, contracts, pictures, new ProductCards(context.index().mesh(), contracts));
    }

    ProductPage page(DataProduct product) {
        List<PortView> inputs = product.inputPorts().stream().map(this::input).toList();
        Link back = new Link(product.displayName(), Hrefs.product(product.id()));
        List<PortView> outputs = product.outputPorts().stream()
                .map(port -> output(product, port, back))
                .toList();
        ImpactView impact = context.impact().of(product.id());
        List<ProductRef> downstream = refs().of(graph().consumersOf(product.id()).stream()
                .map(DependencyEdge::consumer)
                .distinct()
                .toList());
        List<ContractView> contractViews = context.index().shownWith(product).stream()
                .map(contracts::viewOf)
                .toList();
        List<KeyValue> custom = new ArrayList<>();
        new TreeMap<>(product.customProperties())
                .forEach(
                        (k, v) -> custom.add(new KeyValue(k, SecretFormats.isSecretKey(k) ? ServerSecrets.HIDDEN : v)));
        return new ProductPage(
                refs().of(product.id()),
                product.version(),
                product.purpose(),
                product.limitations(),
                product.usage(),
                product.tags(),
                cards.support(product),
                inputs,
                outputs,
                pictures.readme(product),
                refs().of(graph().inputsOf(product.id()).stream()
                        .map(DependencyEdge::producer)
                        .distinct()
                        .toList()),
                downstream,
                context.impact().listed(product.id()),
                impact.teams().size(),
                impact.domains().size(),
                FindingIndex.views(context.findings().ofProduct(product.id())),
                context.scores().of(product.id()),
                product.source().file(),
                custom,
                lifecycle(product),
                "badges/" + base(product).substring("products/".length()) + ".svg",
                base(product) + ".json",
                context.changes().deprecations(product),
                impact,
                context.lists()
                        .cut(
                                "downstream",
                                product.id(),
                                "Products that read " + product.displayName(),
                                back,
                                downstream),
                pictures.neighbourhood(product),
                cards.access(product),
                contractViews.stream().map(cards::summary).toList(),
                Hrefs.explorer(product.id()),
                Origin.mesh(product.source()));
    }

    private PortView input(InputPort port) {
        Contract contract = mesh().contract(port.contractId()).orElse(null);
        List<ProductRef> producer = mesh().publisherOf(port.contractId())
                .map(p -> List.of(refs().of(p.id())))
                .orElse(List.of());
        return new PortView(
                port.name(),
                port.version(),
                null,
                null,
                port.contractId(),
                contract == null ? null : contract.displayName(),
                contract == null ? null : context.index().href(contract),
                producer,
                LongList.whole(producer));
    }

    private PortView output(DataProduct product, OutputPort port, Link back) {
        Contract contract =
                context.index().contractFor(product, port.contractId()).orElse(null);
        List<ProductRef> consumers = refs().of(graph().consumersOf(product.id()).stream()
                .filter(e -> e.contractId().equals(port.contractId()))
                .map(DependencyEdge::consumer)
                .distinct()
                .toList());
        return new PortView(
                port.name(),
                port.version(),
                port.type(),
                port.description(),
                port.contractId(),
                contract == null ? null : contract.displayName(),
                contract == null ? null : context.index().href(contract),
                consumers,
                context.lists()
                        .cut(
                                "port-consumers",
                                product.id() + "/" + port.name(),
                                "Consumers of " + product.displayName() + "'s output port " + port.name(),
                                back,
                                consumers));
    }

    private static String base(DataProduct product) {
        String href = Hrefs.product(product.id());
        return href.substring(0, href.length() - ".html".length());
    }

    private ProductViews.Lifecycle lifecycle(DataProduct product) {
        String replacement = product.customProperties().get("replacedBy");
        String sunset = product.customProperties()
                .getOrDefault("sunsetDate", product.customProperties().get("endOfLife"));
        return new ProductViews.Lifecycle(replacement == null ? null : refs().of(replacement), replacement, sunset);
    }

    private Mesh mesh() {
        return context.index().mesh();
    }

    private MeshGraph graph() {
        return context.graph();
    }

    private ProductRefs refs() {
        return context.refs();
    }
}
