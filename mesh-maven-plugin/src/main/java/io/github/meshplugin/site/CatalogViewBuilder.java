package io.github.meshplugin.site;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.finding.SuppressedFinding;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.BlastRadius;
import io.github.meshplugin.graph.analysis.DomainCoupling;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.graph.analysis.MostDependedOn;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.model.Contact;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.QualityRule;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.Server;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.model.TeamMember;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.CatalogView.CheckView;
import io.github.meshplugin.site.CatalogView.ContactView;
import io.github.meshplugin.site.CatalogView.ContractPage;
import io.github.meshplugin.site.CatalogView.ContractRef;
import io.github.meshplugin.site.CatalogView.ContractView;
import io.github.meshplugin.site.CatalogView.DomainEdgeView;
import io.github.meshplugin.site.CatalogView.DomainPage;
import io.github.meshplugin.site.CatalogView.DomainQuality;
import io.github.meshplugin.site.CatalogView.DomainSummary;
import io.github.meshplugin.site.CatalogView.FindingView;
import io.github.meshplugin.site.CatalogView.HealthStat;
import io.github.meshplugin.site.CatalogView.KeyValue;
import io.github.meshplugin.site.CatalogView.Link;
import io.github.meshplugin.site.CatalogView.MemberView;
import io.github.meshplugin.site.CatalogView.ObjectView;
import io.github.meshplugin.site.CatalogView.OwnershipPage;
import io.github.meshplugin.site.CatalogView.PortView;
import io.github.meshplugin.site.CatalogView.ProductPage;
import io.github.meshplugin.site.CatalogView.ProductRef;
import io.github.meshplugin.site.CatalogView.PropertyView;
import io.github.meshplugin.site.CatalogView.QualityPage;
import io.github.meshplugin.site.CatalogView.QualityRow;
import io.github.meshplugin.site.CatalogView.QualityView;
import io.github.meshplugin.site.CatalogView.RuleView;
import io.github.meshplugin.site.CatalogView.ScoreView;
import io.github.meshplugin.site.CatalogView.ServerView;
import io.github.meshplugin.site.CatalogView.SlaView;
import io.github.meshplugin.site.CatalogView.StatusCount;
import io.github.meshplugin.site.CatalogView.TeamPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Computes the {@link CatalogView} from one build's result: every figure, list and link the pages show. */
public final class CatalogViewBuilder {

    /** The page that shows the mesh as a map of domains. */
    public static final String GRAPH_PAGE = "graph.html";

    private final Mesh mesh;
    private final MeshGraph graph;
    private final List<Finding> findings;
    private final List<RuleInfo> rules;
    private final List<SuppressedFinding> suppressed;
    private final MeshResult result;
    private final String meshName;
    private boolean showServerSecrets;
    private final MarkdownRenderer markdown;
    private final ChangeViews changeViews;
    private final Map<String, ScoreView> scores = new HashMap<>();
    private final Map<String, ProductRef> refs = new LinkedHashMap<>();
    // Indexes built once, so each page looks up what it shows instead of scanning the whole mesh.
    private final Map<String, List<Finding>> findingsBySubject = new HashMap<>();
    private final Map<String, List<Finding>> findingsByFile = new HashMap<>();
    private final Map<String, List<Finding>> findingsByRule = new HashMap<>();
    private final Map<String, List<String>> consumersByContract = new HashMap<>();
    private final Map<String, List<Contract>> contractsByProductFolder = new HashMap<>();
    private final GraphAnalysis analysis;
    private BlastRadius blastRadius;

    /** How many dependents a product page lists; it counts the rest ("+N more"), so pages stay small. */
    public static final int BLAST_RADIUS_LISTED = 50;

    /** How many products the overview ranks as most depended-on. */
    public static final int MOST_DEPENDED_ON_LISTED = 10;

    /** The most domains the coupling matrix shows; a larger mesh shows its most coupled ones. */
    public static final int COUPLING_DOMAINS_SHOWN = 30;

    private final LongLists longLists;
    /** Domains another domain's card on the index names before "+N more". */
    private static final int CARD_EDGES = 5;

    private GraphSvg svg = new GraphSvg();
    private GraphPictures pictures;
    private final Map<String, CatalogView.Picture> neighbourhoods = new ConcurrentHashMap<>();
    private final Map<String, CatalogView.Picture> domainPictures = new ConcurrentHashMap<>();
    private final Map<String, String> readmes = new ConcurrentHashMap<>();
    /** By identity: two contracts may share an id (a finding), and each keeps its own view. */
    private final Map<Contract, ContractView> contractViews = new IdentityHashMap<>();

    public CatalogViewBuilder(MeshResult result, String meshName) {
        this(result, meshName, MarkdownRenderer.RawHtml.ESCAPE);
    }

    public CatalogViewBuilder(MeshResult result, String meshName, MarkdownRenderer.RawHtml rawHtml) {
        this(result, meshName, rawHtml, new LongLists());
    }

    /** With lists cut to other lengths than the catalog's, so a test sees long lists in a small mesh. */
    CatalogViewBuilder(MeshResult result, String meshName, MarkdownRenderer.RawHtml rawHtml, LongLists longLists) {
        this.longLists = longLists;
        this.markdown = new MarkdownRenderer(rawHtml);
        this.mesh = result.mesh();
        this.graph = result.graph();
        this.findings = result.findings();
        this.rules = result.catalogue();
        this.suppressed = result.suppressed();
        this.result = result;
        this.meshName = meshName;
        this.changeViews = new ChangeViews(result);
        this.analysis = result.analysis();
    }

    /** Shows the passwords, tokens and keys of contracts' servers on the pages instead of hiding them. */
    public CatalogViewBuilder showServerSecrets(boolean show) {
        this.showServerSecrets = show;
        return this;
    }

    /**
     * Takes the layouts of graph pictures from {@code cache} when their diagram is one laid out before, and adds
     * the new ones to it (the caller saves it); without one, every picture is laid out.
     */
    public CatalogViewBuilder layoutCache(LayoutCache cache) {
        this.svg = new GraphSvg(cache);
        return this;
    }

    public CatalogView build() {
        index();
        for (DataProduct product : mesh.products()) {
            scores.putIfAbsent(product.id(), score(product));
        }
        for (DataProduct product : mesh.products()) {
            refs.putIfAbsent(product.id(), ref(product));
        }
        // Dependents are listed by name, like every product list; the first BLAST_RADIUS_LISTED are kept.
        blastRadius = analysis.blastRadius(
                Comparator.comparing((String id) -> refOf(id).name()).thenComparing(Comparator.naturalOrder()),
                BLAST_RADIUS_LISTED);
        pictures = new GraphPictures(mesh, graph, refs);
        // Laying out a picture per product is most of this stage on a large mesh, and each is independent of the
        // others (the layout of the same input is the same on any thread): draw them on every core.
        uniqueProducts().parallelStream().forEach(product -> {
            neighbourhoods.put(
                    product.id(), picture(pictures.neighbourhood(product.id()), Hrefs.product(product.id())));
            if (product.readme() != null) {
                readmes.put(product.id(), markdown.render(product.readme()));
            }
        });
        // A contract's tables show on its own page and on its publisher's: built once, on every core.
        List<ContractView> views =
                mesh.contracts().parallelStream().map(this::contractView).toList();
        for (int i = 0; i < views.size(); i++) {
            contractViews.put(mesh.contracts().get(i), views.get(i));
        }
        mesh.domains().parallelStream()
                .map(Domain::id)
                .distinct()
                .forEach(domain -> domainPictures.put(domain, picture(pictures.domain(domain), Hrefs.domain(domain))));
        List<ProductPage> products =
                uniqueProducts().stream().map(this::productPage).toList();
        List<TeamPage> teams = mesh.teams().stream().map(this::teamPage).toList();
        List<HealthStat> health = health();
        Link ownership = new Link("Ownership", "ownership.html");
        OwnershipPage ownershipPage = new OwnershipPage(
                longLists.cut("unowned", null, "Products without an owner", ownership, allRefs(p -> p.owner() == null)),
                longLists.cut("teams", null, "Teams", ownership, teams));
        CatalogView.Overview overview = overview(health);
        List<DomainPage> domains = mesh.domains().stream().map(this::domainPage).toList();
        List<ContractPage> contracts =
                uniqueContracts().stream().map(this::contractPage).toList();
        QualityPage quality = qualityPage(health);
        return new CatalogView(
                new CatalogView.Meta(meshName, "mesh-maven-plugin"),
                overview,
                domains,
                products,
                contracts,
                teams,
                ownershipPage,
                quality,
                ruleViews(),
                longLists.pages(),
                new CatalogView.GraphPage(picture(pictures.domainMap(), GRAPH_PAGE)));
    }

    private void index() {
        for (Finding finding : findings) {
            if (finding.subject() != null) {
                findingsBySubject
                        .computeIfAbsent(finding.subject(), s -> new ArrayList<>())
                        .add(finding);
            }
            findingsByFile
                    .computeIfAbsent(finding.source().file(), f -> new ArrayList<>())
                    .add(finding);
            findingsByRule
                    .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>())
                    .add(finding);
        }
        Set<String> productFolders = new HashSet<>();
        for (DataProduct product : mesh.products()) {
            productFolders.add(product.folder());
            for (InputPort port : product.inputPorts()) {
                if (port.contractId() != null) {
                    List<String> consumers =
                            consumersByContract.computeIfAbsent(port.contractId(), c -> new ArrayList<>());
                    if (!consumers.contains(product.id())) {
                        consumers.add(product.id());
                    }
                }
            }
        }
        for (Contract contract : mesh.contracts()) {
            String folder = contract.source().file();
            for (int slash = folder.lastIndexOf('/'); slash > 0; slash = folder.lastIndexOf('/')) {
                folder = folder.substring(0, slash);
                if (productFolders.contains(folder)) {
                    contractsByProductFolder
                            .computeIfAbsent(folder, f -> new ArrayList<>())
                            .add(contract);
                }
            }
        }
    }

    // ---- references and scores

    private ProductRef ref(DataProduct product) {
        Domain domain = mesh.domain(product.domain()).orElse(null);
        Team owner = mesh.team(product.ownerTeam()).orElse(null);
        return new ProductRef(
                product.id(),
                product.displayName(),
                Hrefs.product(product.id()),
                product.domain(),
                domain == null ? product.domain() : domain.displayName(),
                Hrefs.domain(product.domain()),
                product.status().label(),
                owner == null ? product.ownerTeam() : owner.displayName(),
                product.ownerTeam() == null ? null : Hrefs.team(product.ownerTeam()),
                product.owner() != null && product.owner().inherited(),
                scores.get(product.id()).score());
    }

    private ProductRef refOf(String productId) {
        return refs.get(productId);
    }

    private List<ProductRef> refsOf(Iterable<String> ids) {
        List<ProductRef> list = new ArrayList<>();
        ids.forEach(id -> list.add(refOf(id)));
        list.sort(Comparator.comparing(ProductRef::name).thenComparing(ProductRef::id));
        return list;
    }

    private List<ProductRef> allRefs(Predicate<DataProduct> filter) {
        return refsOf(
                uniqueProducts().stream().filter(filter).map(DataProduct::id).toList());
    }

    /** Transparent criteria, each a check with its reason; the score is the share of checks passed. */
    private ScoreView score(DataProduct product) {
        List<Contract> published = publishedContracts(product);
        List<Finding> own = findingsOf(product.id());
        List<CheckView> checks = new ArrayList<>();
        checks.add(new CheckView(
                "Owner",
                product.owner() != null,
                product.owner() == null
                        ? "No owning team"
                        : "Owned by "
                                + mesh.team(product.ownerTeam())
                                        .map(Team::displayName)
                                        .orElse(product.ownerTeam())
                                + (product.owner().inherited() ? " (inherited from the domain)" : "")));
        boolean documented = product.purpose() != null && product.readme() != null;
        checks.add(new CheckView(
                "Documentation",
                documented,
                documented
                        ? "Purpose and README present"
                        : product.purpose() == null ? "No purpose in the descriptor's description" : "No README.md"));
        long missing = product.outputPorts().stream()
                .filter(port -> mesh.contract(port.contractId()).isEmpty())
                .count();
        long contractErrors = own.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.source().file().endsWith(".odcs.yaml"))
                .count();
        boolean valid = !product.outputPorts().isEmpty() && missing == 0 && contractErrors == 0;
        checks.add(new CheckView(
                "Valid contracts",
                valid,
                product.outputPorts().isEmpty()
                        ? "No output port"
                        : missing > 0
                                ? missing + " output port(s) without a contract"
                                : contractErrors > 0
                                        ? contractErrors + " error(s) in contract files"
                                        : published.size() + " contract(s), all valid"));
        boolean sla = !published.isEmpty()
                && published.stream().allMatch(c -> !c.slaProperties().isEmpty());
        checks.add(new CheckView(
                "SLA declared",
                sla,
                sla ? "Every contract declares SLA properties" : "A published contract declares no SLA property"));
        boolean quality = !published.isEmpty() && published.stream().allMatch(c -> qualityRuleCount(c) > 0);
        checks.add(new CheckView(
                "Quality rules",
                quality,
                quality ? "Every contract declares quality rules" : "A published contract declares no quality rule"));
        long open = own.stream().filter(f -> f.severity() != Severity.INFO).count();
        checks.add(new CheckView(
                "No open findings",
                open == 0,
                open == 0 ? "No errors or warnings" : open + " error(s) and warning(s)"));
        int passed = (int) checks.stream().filter(CheckView::passed).count();
        return new ScoreView(Math.round(100f * passed / checks.size()), checks);
    }

    private List<Contract> publishedContracts(DataProduct product) {
        Set<String> seen = new TreeSet<>();
        List<Contract> contracts = new ArrayList<>();
        for (OutputPort port : product.outputPorts()) {
            mesh.contract(port.contractId()).filter(c -> seen.add(c.id())).ifPresent(contracts::add);
        }
        return contracts;
    }

    /** The contracts shown on a product page: those its ports publish, then other contract files in its folder. */
    private List<Contract> contractsOf(DataProduct product) {
        List<Contract> contracts = new ArrayList<>(publishedContracts(product));
        for (Contract contract : contractsByProductFolder.getOrDefault(product.folder(), List.of())) {
            if (!contracts.contains(contract)) {
                contracts.add(contract);
            }
        }
        return contracts;
    }

    private static int qualityRuleCount(Contract contract) {
        int count = 0;
        for (SchemaObject object : contract.schema()) {
            count += object.quality().size();
        }
        for (Property property : contract.allProperties()) {
            count += property.quality().size();
        }
        return count;
    }

    private List<Finding> findingsOf(String productId) {
        return productId == null ? List.of() : findingsBySubject.getOrDefault(productId, List.of());
    }

    private List<Finding> findingsOfProducts(List<DataProduct> products) {
        return products.stream()
                .map(DataProduct::id)
                .distinct()
                .flatMap(id -> findingsOf(id).stream())
                .toList();
    }

    private List<FindingView> findingViews(List<Finding> list) {
        return list.stream()
                .map(f -> new FindingView(
                        f.ruleId(),
                        Hrefs.rule(f.ruleId()),
                        f.severity().label(),
                        f.source().location(),
                        f.message(),
                        f.hint()))
                .toList();
    }

    private List<DataProduct> uniqueProducts() {
        Set<String> seen = new TreeSet<>();
        return mesh.products().stream().filter(p -> seen.add(p.id())).toList();
    }

    private List<Contract> uniqueContracts() {
        Set<String> seen = new TreeSet<>();
        return mesh.contracts().stream().filter(c -> seen.add(c.id())).toList();
    }

    // ---- pages

    private CatalogView.Overview overview(List<HealthStat> health) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status.label(), 0);
        }
        uniqueProducts().forEach(p -> byStatus.merge(p.status().label(), 1, Integer::sum));
        List<StatusCount> statuses = new ArrayList<>();
        byStatus.forEach((status, count) -> {
            if (count > 0) {
                statuses.add(new StatusCount(status, count));
            }
        });
        List<DomainSummary> domains = mesh.domains().stream()
                .map(domain -> {
                    Team owner = mesh.team(domain.ownerTeam()).orElse(null);
                    List<DomainEdgeView> consumesFrom = consumesFrom(domain.id());
                    List<DomainEdgeView> consumedBy = consumedBy(domain.id());
                    return new DomainSummary(
                            domain.id(),
                            domain.displayName(),
                            Hrefs.domain(domain.id()),
                            domain.description(),
                            owner == null ? domain.ownerTeam() : owner.displayName(),
                            domain.ownerTeam() == null ? null : Hrefs.team(domain.ownerTeam()),
                            mesh.productsOf(domain.id()).size(),
                            averageScore(mesh.productsOf(domain.id())),
                            mostDependencies(consumesFrom),
                            mostDependencies(consumedBy),
                            Math.max(0, consumesFrom.size() - CARD_EDGES),
                            Math.max(0, consumedBy.size() - CARD_EDGES));
                })
                .toList();
        Link overview = new Link("Overview", "index.html");
        return new CatalogView.Overview(
                mesh.domains().size(),
                uniqueProducts().size(),
                uniqueContracts().size(),
                mesh.teams().size(),
                graph.edges().size(),
                (int) graph.crossDomainEdgeCount(),
                count(findings, Severity.ERROR),
                count(findings, Severity.WARNING),
                averageScore(mesh.products()),
                longLists.cut("domains", null, "Domains", overview, domains),
                statuses,
                longLists.cut(
                        "not-active",
                        null,
                        "Products that are not active",
                        overview,
                        allRefs(p -> p.status() != Status.ACTIVE)),
                health,
                graphOverview());
    }

    private CatalogView.GraphOverview graphOverview() {
        MostDependedOn ranking = analysis.mostDependedOn();
        List<CatalogView.DependedOnView> top = ranking.top(MOST_DEPENDED_ON_LISTED).stream()
                .map(rank -> new CatalogView.DependedOnView(
                        refOf(rank.product()),
                        rank.consumers(),
                        blastRadius.of(rank.product()).products(),
                        String.format(Locale.ROOT, "%.1f", rank.betweenness())))
                .toList();
        int inCycles =
                analysis.components().cyclic().stream().mapToInt(Set::size).sum();
        return new CatalogView.GraphOverview(
                top, ranking.exact(), coupling(), analysis.layers().depth(), inCycles);
    }

    private CatalogView.CouplingView coupling() {
        DomainCoupling coupling = analysis.coupling();
        List<String> all = coupling.domains();
        int[][] matrix = coupling.matrix();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            shown.add(i);
        }
        if (shown.size() > COUPLING_DOMAINS_SHOWN) {
            // The domains with the most edges crossing their boundary, in either direction.
            int[] crossing = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                    if (i != j) {
                        crossing[i] += matrix[i][j];
                        crossing[j] += matrix[i][j];
                    }
                }
            }
            shown.sort(Comparator.comparingInt((Integer i) -> -crossing[i]).thenComparing(i -> i));
            shown = new ArrayList<>(shown.subList(0, COUPLING_DOMAINS_SHOWN));
            shown.sort(null);
        }
        List<Link> domains = shown.stream().map(i -> domainLink(all.get(i))).toList();
        List<CatalogView.CouplingRow> rows = new ArrayList<>();
        for (int i : shown) {
            rows.add(new CatalogView.CouplingRow(
                    domainLink(all.get(i)),
                    shown.stream().map(j -> matrix[i][j]).toList()));
        }
        return new CatalogView.CouplingView(
                domains,
                rows,
                coupling.crossDomainEdges(),
                coupling.totalEdges(),
                (int) Math.round(100 * coupling.crossDomainShare()),
                shown.size(),
                all.size());
    }

    private Link domainLink(String domainId) {
        return new Link(mesh.domain(domainId).map(Domain::displayName).orElse(domainId), Hrefs.domain(domainId));
    }

    private DomainPage domainPage(Domain domain) {
        Team owner = mesh.team(domain.ownerTeam()).orElse(null);
        List<DataProduct> products = mesh.productsOf(domain.id());
        List<Finding> domainFindings = findingsOfProducts(products);
        List<ProductRef> inUse = refsOf(products.stream()
                .filter(p -> p.status() != Status.RETIRED)
                .map(DataProduct::id)
                .distinct()
                .toList());
        List<ProductRef> retired = refsOf(products.stream()
                .filter(p -> p.status() == Status.RETIRED)
                .map(DataProduct::id)
                .distinct()
                .toList());
        Link back = new Link("Domain " + domain.displayName(), Hrefs.domain(domain.id()));
        return new DomainPage(
                domain.id(),
                domain.displayName(),
                domain.description(),
                owner == null ? domain.ownerTeam() : owner.displayName(),
                domain.ownerTeam() == null ? null : Hrefs.team(domain.ownerTeam()),
                inUse,
                consumesFrom(domain.id()),
                consumedBy(domain.id()),
                averageScore(products),
                count(domainFindings, Severity.ERROR),
                count(domainFindings, Severity.WARNING),
                retired,
                longLists.cut(
                        "domain-products",
                        domain.id(),
                        "Data products of the " + domain.displayName() + " domain",
                        back,
                        inUse),
                longLists.cut(
                        "domain-retired",
                        domain.id(),
                        "Retired data products of the " + domain.displayName() + " domain",
                        back,
                        retired),
                domainPictures.get(domain.id()));
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

    private CatalogView.Picture picture(GraphPictures.Chosen chosen, String pagePath) {
        String root = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
        return new CatalogView.Picture(svg.draw(chosen.sketch(), root), chosen.summary());
    }

    private List<DomainEdgeView> consumesFrom(String domainId) {
        return graph.domainLinks().stream()
                .filter(l -> l.consumerDomain().equals(domainId))
                .map(l -> domainEdge(l.producerDomain(), l))
                .toList();
    }

    private List<DomainEdgeView> consumedBy(String domainId) {
        return graph.domainLinks().stream()
                .filter(l -> l.producerDomain().equals(domainId))
                .map(l -> domainEdge(l.consumerDomain(), l))
                .toList();
    }

    private DomainEdgeView domainEdge(String otherDomain, DomainLink link) {
        String name = mesh.domain(otherDomain).map(Domain::displayName).orElse(otherDomain);
        return new DomainEdgeView(name, Hrefs.domain(otherDomain), link.edges());
    }

    private ProductPage productPage(DataProduct product) {
        List<PortView> inputs = new ArrayList<>();
        for (InputPort port : product.inputPorts()) {
            Contract contract = mesh.contract(port.contractId()).orElse(null);
            List<ProductRef> producer = mesh.publisherOf(port.contractId())
                    .map(p -> List.of(refOf(p.id())))
                    .orElse(List.of());
            inputs.add(new PortView(
                    port.name(),
                    port.version(),
                    null,
                    null,
                    port.contractId(),
                    contract == null ? null : contract.displayName(),
                    contract == null ? null : Hrefs.contract(contract.id()),
                    producer,
                    LongList.whole(producer)));
        }
        List<PortView> outputs = new ArrayList<>();
        Link back = new Link(product.displayName(), Hrefs.product(product.id()));
        for (OutputPort port : product.outputPorts()) {
            Contract contract = mesh.contract(port.contractId()).orElse(null);
            List<String> consumerIds = graph.consumersOf(product.id()).stream()
                    .filter(e -> e.contractId().equals(port.contractId()))
                    .map(DependencyEdge::consumer)
                    .distinct()
                    .toList();
            List<ProductRef> consumers = refsOf(consumerIds);
            outputs.add(new PortView(
                    port.name(),
                    port.version(),
                    port.type(),
                    port.description(),
                    port.contractId(),
                    contract == null ? null : contract.displayName(),
                    contract == null ? null : Hrefs.contract(contract.id()),
                    consumers,
                    longLists.cut(
                            "port-consumers",
                            product.id() + "/" + port.name(),
                            "Consumers of " + product.displayName() + "'s output port " + port.name(),
                            back,
                            consumers)));
        }
        BlastRadius.Radius radius = blastRadius.of(product.id());
        List<ProductRef> blast = radius.sample().stream().map(this::refOf).toList();
        CatalogView.ImpactView impact = new CatalogView.ImpactView(
                radius.products(),
                radius.more(),
                radius.domains(),
                radius.teams(),
                analysis.layers().layerOf(product.id()),
                analysis.components().inCycle(product.id()));
        List<ProductRef> downstream = refsOf(graph.consumersOf(product.id()).stream()
                .map(DependencyEdge::consumer)
                .distinct()
                .toList());
        List<KeyValue> custom = new ArrayList<>();
        new TreeMap<>(product.customProperties()).forEach((k, v) -> custom.add(new KeyValue(k, v)));
        return new ProductPage(
                refOf(product.id()),
                product.version(),
                product.purpose(),
                product.limitations(),
                product.usage(),
                product.tags(),
                contacts(product.support()),
                inputs,
                outputs,
                contractsOf(product).stream().map(this::viewOf).toList(),
                readmes.get(product.id()),
                refsOf(graph.inputsOf(product.id()).stream()
                        .map(DependencyEdge::producer)
                        .distinct()
                        .toList()),
                downstream,
                blast,
                radius.teams().size(),
                radius.domains().size(),
                findingViews(findingsOf(product.id())),
                scores.get(product.id()),
                product.source().file(),
                custom,
                lifecycle(product),
                "badges/" + base(product).substring("products/".length()) + ".svg",
                base(product) + ".json",
                changeViews.deprecations(product),
                impact,
                longLists.cut(
                        "downstream", product.id(), "Products that read " + product.displayName(), back, downstream),
                neighbourhoods.get(product.id()));
    }

    private static String base(DataProduct product) {
        String href = Hrefs.product(product.id());
        return href.substring(0, href.length() - ".html".length());
    }

    private CatalogView.Lifecycle lifecycle(DataProduct product) {
        String replacement = product.customProperties().get("replacedBy");
        String sunset = product.customProperties()
                .getOrDefault("sunsetDate", product.customProperties().get("endOfLife"));
        return new CatalogView.Lifecycle(replacement == null ? null : refs.get(replacement), replacement, sunset);
    }

    /** Called one thread at a time, after the views were built on every core. */
    private ContractView viewOf(Contract contract) {
        return contractViews.computeIfAbsent(contract, this::contractView);
    }

    private ContractView contractView(Contract contract) {
        List<ObjectView> objects = new ArrayList<>();
        for (SchemaObject object : contract.schema()) {
            List<PropertyView> rows = new ArrayList<>();
            flatten(object.name(), object.properties(), "", 0, rows);
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
                Hrefs.contract(contract.id()),
                contract.purpose(),
                contract.usage(),
                contract.limitations(),
                contract.tags(),
                contract.source().file(),
                objects,
                sla,
                all.size(),
                (int) all.stream().filter(Property::pii).count(),
                qualityRuleCount(contract),
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

    private void flatten(
            String objectName, List<Property> properties, String prefix, int depth, List<PropertyView> rows) {
        for (Property p : properties) {
            String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
            rows.add(new PropertyView(
                    p.name(),
                    path,
                    depth,
                    p.logicalType(),
                    p.physicalType(),
                    p.required(),
                    p.primaryKey(),
                    p.unique(),
                    p.classification(),
                    p.pii(),
                    p.criticalDataElement(),
                    p.tags(),
                    p.description(),
                    qualityViews(p.quality()),
                    Hrefs.propertyAnchor(objectName, path)));
            flatten(objectName, p.properties(), path, Math.min(depth + 1, 5), rows);
        }
    }

    private static List<QualityView> qualityViews(List<QualityRule> rules) {
        return rules.stream()
                .map(q -> new QualityView(
                        q.title(), q.type(), q.dimension(), q.severity(), q.description(), q.expectation(), q.query()))
                .toList();
    }

    private ContractPage contractPage(Contract contract) {
        DataProduct publisher = mesh.publisherOf(contract.id()).orElse(null);
        List<String> consumers = consumersByContract.getOrDefault(contract.id(), List.of());
        List<Finding> contractFindings =
                findingsByFile.getOrDefault(contract.source().file(), List.of());
        List<ProductRef> consumerRefs = refsOf(consumers);
        return new ContractPage(
                viewOf(contract),
                publisher == null ? null : refOf(publisher.id()),
                consumerRefs,
                findingViews(contractFindings),
                changeViews.history(contract.id()),
                longLists.cut(
                        "contract-consumers",
                        contract.id(),
                        "Products that read contract " + contract.displayName(),
                        new Link("Contract " + contract.displayName(), Hrefs.contract(contract.id())),
                        consumerRefs));
    }

    private TeamPage teamPage(Team team) {
        List<MemberView> members = team.members().stream()
                .map((TeamMember m) -> new MemberView(m.displayName(), m.username(), m.role(), m.email()))
                .toList();
        List<DataProduct> owned = mesh.productsOwnedBy(team.id());
        List<Link> domains = mesh.domains().stream()
                .filter(d -> team.id().equals(d.ownerTeam()))
                .map(d -> new Link(d.displayName(), Hrefs.domain(d.id())))
                .toList();
        List<ContractRef> contracts = owned.stream()
                .flatMap(p -> publishedContracts(p).stream())
                .sorted(Comparator.comparing(Contract::id))
                .map(c -> new ContractRef(
                        c.id(),
                        c.displayName(),
                        c.version(),
                        Hrefs.contract(c.id()),
                        c.status().label()))
                .toList();
        List<ProductRef> products =
                refsOf(owned.stream().map(DataProduct::id).distinct().toList());
        Link back = new Link("Team " + team.displayName(), Hrefs.team(team.id()));
        return new TeamPage(
                team.id(),
                team.displayName(),
                Hrefs.team(team.id()),
                team.description(),
                team.declared(),
                members,
                contacts(team.contacts()),
                products,
                domains,
                contracts,
                longLists.cut(
                        "team-products", team.id(), "Data products owned by " + team.displayName(), back, products),
                longLists.cut(
                        "team-contracts",
                        team.id(),
                        "Contracts published by " + team.displayName() + "'s products",
                        back,
                        contracts));
    }

    private QualityPage qualityPage(List<HealthStat> health) {
        List<QualityRow> rows = uniqueProducts().stream()
                .map(p -> {
                    List<Finding> own = findingsOf(p.id());
                    return new QualityRow(
                            refOf(p.id()),
                            scores.get(p.id()),
                            count(own, Severity.ERROR),
                            count(own, Severity.WARNING));
                })
                .sorted(Comparator.comparing((QualityRow r) -> r.ref().domainId())
                        .thenComparing(r -> r.ref().name()))
                .toList();
        List<DomainQuality> domains = mesh.domains().stream()
                .map(d -> {
                    List<DataProduct> products = mesh.productsOf(d.id());
                    List<Finding> own = findingsOfProducts(products);
                    return new DomainQuality(
                            d.displayName(),
                            Hrefs.domain(d.id()),
                            averageScore(products),
                            products.size(),
                            count(own, Severity.ERROR),
                            count(own, Severity.WARNING));
                })
                .toList();
        List<CatalogView.ProductFindings> perProduct = rows.stream()
                .filter(row -> row.errors() + row.warnings() > 0
                        || !findingsOf(row.ref().id()).isEmpty())
                .map(row -> new CatalogView.ProductFindings(
                        row.ref(), findingViews(findingsOf(row.ref().id()))))
                .toList();
        List<Finding> meshWide =
                findings.stream().filter(f -> f.subject() == null).toList();
        List<CatalogView.SuppressedView> suppressed = this.suppressed.stream()
                .map(s -> new CatalogView.SuppressedView(
                        findingViews(List.of(s.finding())).get(0),
                        s.suppression().target(),
                        s.suppression().reason(),
                        s.suppression().source() == null
                                ? "plugin configuration"
                                : s.suppression().source().location()))
                .toList();
        Link quality = new Link("Quality", "quality.html");
        return new QualityPage(
                longLists.cut("quality", null, "Quality per data product", quality, rows),
                domains,
                health,
                longLists.cut("findings", null, "Findings by product", quality, perProduct),
                findingViews(meshWide),
                suppressed);
    }

    private List<HealthStat> health() {
        List<HealthStat> stats = new ArrayList<>();
        String[] labels = {
            "Products with an owner",
            "Products with documentation",
            "Products with valid contracts",
            "Products with SLAs",
            "Products with quality rules",
            "Products without open findings"
        };
        List<DataProduct> products = uniqueProducts();
        for (int check = 0; check < labels.length; check++) {
            int index = check;
            int passed = (int) products.stream()
                    .filter(p -> scores.get(p.id()).checks().get(index).passed())
                    .count();
            stats.add(new HealthStat(
                    labels[check],
                    passed,
                    products.size(),
                    products.isEmpty() ? 0 : Math.round(100f * passed / products.size())));
        }
        return stats;
    }

    private List<RuleView> ruleViews() {
        return rules.stream()
                .map(rule -> {
                    List<Finding> own = findingsByRule.getOrDefault(rule.id(), List.of());
                    String configured =
                            result.effectiveSeverity(rule).map(Severity::label).orElse("off");
                    int silenced = (int) suppressed.stream()
                            .filter(s -> s.finding().ruleId().equals(rule.id()))
                            .count();
                    List<FindingView> views = findingViews(own);
                    return new RuleView(
                            rule.id(),
                            Hrefs.ruleAnchor(rule.id()),
                            Hrefs.rule(rule.id()),
                            rule.defaultSeverity().label(),
                            configured,
                            rule.title(),
                            rule.rationale(),
                            rule.fix(),
                            rule.example(),
                            own.size(),
                            silenced,
                            views,
                            longLists.cut(
                                    "rule-findings",
                                    rule.id(),
                                    "Findings of " + rule.id(),
                                    new Link(rule.id() + " " + rule.title(), Hrefs.rule(rule.id())),
                                    views));
                })
                .toList();
    }

    // ---- helpers

    private int averageScore(List<DataProduct> products) {
        return (int) Math.round(products.stream()
                .mapToInt(p -> scores.get(p.id()).score())
                .average()
                .orElse(0));
    }

    private static int count(List<Finding> list, Severity severity) {
        return (int) list.stream().filter(f -> f.severity() == severity).count();
    }

    private static List<ContactView> contacts(List<Contact> contacts) {
        return contacts.stream()
                .map(c -> new ContactView(c.channel(), c.tool(), safeUrl(c.url()), c.scope(), c.description()))
                .toList();
    }

    /** Only links a reader can follow without risk: http(s) and mailto. Anything else is shown as text. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                ? url.trim()
                : null;
    }
}
