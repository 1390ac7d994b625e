package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Origin;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.QualityRule;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.Server;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.site.view.CatalogView.KeyValue;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ContractViews.ConsumerView;
import io.github.meshplugin.site.view.ContractViews.ContractPage;
import io.github.meshplugin.site.view.ContractViews.ContractView;
import io.github.meshplugin.site.view.ContractViews.Download;
import io.github.meshplugin.site.view.ContractViews.ObjectView;
import io.github.meshplugin.site.view.ContractViews.PortView;
import io.github.meshplugin.site.view.ContractViews.PropertyView;
import io.github.meshplugin.site.view.ContractViews.QualityView;
import io.github.meshplugin.site.view.ContractViews.ServerView;
import io.github.meshplugin.site.view.ContractViews.SlaView;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contract pages, and each contract's tables, servers and SLA as its own page and its publisher's page show
 * them: built once per contract, on every core.
 */
final class ContractPages {

    private final ViewContext context;
    private final boolean showServerSecrets;
    /** By identity: two contracts may share an id (a finding), and each keeps its own view. */
    private final Map<Contract, ContractView> views = new IdentityHashMap<>();

    private final String branch;

    ContractPages(ViewContext context, boolean showServerSecrets, String branch) {
        this.context = context;
        this.branch = branch;
        this.showServerSecrets = showServerSecrets;
        List<Contract> contracts = context.index().mesh().contracts();
        List<ContractView> built =
                contracts.parallelStream().map(this::contractView).toList();
        for (int i = 0; i < built.size(); i++) {
            views.put(contracts.get(i), built.get(i));
        }
    }

    /** Called one thread at a time, after the views were built on every core. */
    ContractView viewOf(Contract contract) {
        return views.computeIfAbsent(contract, this::contractView);
    }

    ContractPage page(Contract contract) {
        Mesh mesh = context.index().mesh();
        DataProduct publisher = mesh.publisherOf(contract.id()).orElse(null);
        List<ProductRef> consumerRefs = context.refs().of(context.index().consumersOf(contract.id()));
        LongList<ProductRef> consumerList = context.lists()
                .cut(
                        "contract-consumers",
                        context.index().isSecondDeclaration(contract)
                                ? contract.id() + " " + contract.source().file()
                                : contract.id(),
                        "Products that read contract " + contract.displayName(),
                        new Link(
                                "Contract " + contract.displayName(),
                                context.index().href(contract)),
                        consumerRefs);
        ContractReaders readers =
                new ContractReaders(mesh, contract.id(), context.index().consumersOf(contract.id()));
        List<ConsumerView> reads = consumerList.shown().stream()
                .map(ref -> {
                    InputPort port = readers.portOf(ref.id());
                    return new ConsumerView(
                            ref, port == null ? null : port.version(), port == null ? null : port.usedProperties());
                })
                .toList();
        Support support = Support.of(mesh, publisher);
        ContractView view = viewOf(contract);
        return new ContractPage(
                view,
                publisher == null ? null : context.refs().of(publisher.id()),
                consumerRefs,
                context.findings()
                        .linked(context.findings().ofFile(contract.source().file())),
                context.changes().history(contract.id()),
                consumerList,
                reads,
                support.contacts(),
                support.from(),
                publisher == null ? List.of() : access(publisher, contract.id()),
                downloads(contract, view, publisher),
                context.findings().links().source(contract.source().file(), 1),
                context.findings().links().edit(contract.source().file(), branch));
    }

    private static List<PortView> access(DataProduct publisher, String contractId) {
        return publisher.outputPorts().stream()
                .filter(port -> contractId.equals(port.contractId()))
                .map(port -> new PortView(port.name(), port.version(), port.type(), port.description()))
                .toList();
    }

    /**
     * The contract as written, unless the page hides secrets of its servers (the file would give them away),
     * and its publisher's descriptor.
     */
    private List<Download> downloads(Contract contract, ContractView view, DataProduct publisher) {
        List<Download> downloads = new ArrayList<>();
        boolean hidesSecrets = view.servers().stream().anyMatch(s -> s.hiddenCount() > 0)
                || contract.servers().stream()
                        .anyMatch(s -> !Objects.equals(s.description(), ServerSecrets.hideInside(s.description()))
                                || !Objects.equals(s.server(), ServerSecrets.hideInside(s.server())));
        // A file of another mesh's published catalog was never checked out here: there is nothing to copy.
        if ((showServerSecrets || !hidesSecrets) && !Origin.isExternal(contract.source())) {
            downloads.add(
                    download("Contract YAML", Hrefs.sourceCopy(context.index().href(contract)), contract.source()));
        }
        if (publisher != null && !Origin.isExternal(publisher.source())) {
            downloads.add(download(
                    "Product descriptor", Hrefs.sourceCopy(Hrefs.product(publisher.id())), publisher.source()));
        }
        return downloads;
    }

    private static Download download(String label, String href, Source source) {
        String file = source.file();
        return new Download(label, href, file.substring(file.lastIndexOf('/') + 1), file);
    }

    private ContractView contractView(Contract contract) {
        List<ObjectView> objects = new ArrayList<>();
        ContractReaders readers = new ContractReaders(
                context.index().mesh(), contract.id(), context.index().consumersOf(contract.id()));
        for (SchemaObject object : contract.schema()) {
            List<PropertyView> rows = new ArrayList<>();
            flatten(object.name(), object.properties(), "", 0, readers, rows);
            objects.add(new ObjectView(
                    object.name(),
                    object.physicalName(),
                    object.physicalType(),
                    object.description(),
                    rows,
                    qualityViews(object.quality())));
        }
        List<SlaView> sla = contract.slaProperties().stream()
                .map(s -> new SlaView(s.property(), s.value(), s.unit(), s.element(), s.driver()))
                .toList();
        List<Property> all = contract.allProperties();
        return new ContractView(
                contract.id(),
                contract.displayName(),
                contract.version(),
                contract.status().label(),
                contract.apiVersion(),
                context.index().href(contract),
                contract.purpose(),
                contract.usage(),
                contract.limitations(),
                contract.tags(),
                contract.source().file(),
                objects,
                sla,
                all.size(),
                (int) all.stream().filter(Property::pii).count(),
                MeshIndex.qualityRuleCount(contract),
                contract.servers().stream().map(this::serverView).toList());
    }

    private ServerView serverView(Server server) {
        List<KeyValue> settings = new ArrayList<>();
        int hidden = 0;
        for (Server.Setting setting : server.settings()) {
            String shown = showServerSecrets ? setting.value() : ServerSecrets.hide(setting);
            hidden += shown.equals(setting.value()) ? 0 : 1;
            settings.add(new KeyValue(setting.key(), shown));
        }
        String description = showServerSecrets ? server.description() : ServerSecrets.hideInside(server.description());
        String name = showServerSecrets ? server.server() : ServerSecrets.hideInside(server.server());
        return new ServerView(name, server.type(), server.environment(), description, settings, hidden);
    }

    private static void flatten(
            String objectName,
            List<Property> properties,
            String prefix,
            int depth,
            ContractReaders readers,
            List<PropertyView> rows) {
        for (Property p : properties) {
            String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
            List<Link> users = readers.usersOf(path, p.name());
            rows.add(new PropertyView(
                    p.name(),
                    path,
                    depth,
                    p.logicalType(),
                    p.physicalType(),
                    p.required(),
                    p.primaryKey(),
                    p.unique(),
                    p.pii(),
                    p.classification(),
                    p.criticalDataElement(),
                    p.tags(),
                    p.description(),
                    qualityViews(p.quality()),
                    Hrefs.propertyAnchor(objectName, path),
                    users.subList(0, Math.min(users.size(), ContractReaders.NAMED_PER_PROPERTY)),
                    usageNote(users.size(), readers)));
            flatten(objectName, p.properties(), path, Math.min(depth + 1, 5), readers, rows);
        }
    }

    /** What a property row's consumer names leave out; null when they say it all. */
    private static String usageNote(int declared, ContractReaders readers) {
        int notNamed = Math.max(0, declared - ContractReaders.NAMED_PER_PROPERTY);
        int all = readers.readingAll();
        if (all > 0 && declared == 0) {
            return readers.anyDeclared()
                    ? (all == 1 ? "1 consumer reading every property" : all + " consumers reading every property")
                    : "all consumers";
        }
        String more = notNamed > 0 ? "and " + notNamed + " more" : null;
        String reading = all == 0
                ? null
                : (all == 1 ? "1 consumer reading every property" : all + " consumers reading every property");
        if (more != null && reading != null) {
            return more + ", and " + reading;
        }
        return more != null ? more : reading == null ? null : "and " + reading;
    }

    private static List<QualityView> qualityViews(List<QualityRule> rules) {
        return rules.stream()
                .map(q -> new QualityView(
                        q.title(), q.type(), q.dimension(), q.severity(), q.description(), q.expectation(), q.query()))
                .toList();
    }
}
