package io.github.meshplugin.scaffold;

import io.github.meshplugin.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the files of a new mesh, domain, team, product or contract so that they pass validation as written and
 * follow the conventions of the mesh they join: ids {@code <domain>.<product>} and
 * {@code <domain>.<product>.<port>} matching the mesh's id pattern, and the versions of the standards its files
 * already declare. It never replaces a file: a step whose files exist already writes nothing.
 */
public final class MeshScaffold {

    /** Where the mesh is and what its ids must look like. */
    public record Layout(Path root, String domainsDirectory, String teamsDirectory, Pattern idPattern) {}

    /** The plugin that scaffolds, so a new POM declares the very version that wrote it. */
    public record Plugin(String groupId, String artifactId, String version) {}

    /** The CI pipelines {@code init} can write. */
    public enum Ci {
        GITHUB,
        GITLAB
    }

    /** What {@code init} asks. {@code owner} (a username) may be null. */
    public record InitRequest(
            String meshName,
            String groupId,
            String artifactId,
            String domain,
            String product,
            String team,
            String owner,
            Set<Ci> ci,
            String targetBranch,
            Plugin plugin) {}

    /** What a step did: the files it created, the existing files it extended and those it left as they were. */
    public record Result(List<String> created, List<String> extended, List<String> kept) {}

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/-]+");

    private final Layout layout;

    public MeshScaffold(Layout layout) {
        this.layout = layout;
    }

    /**
     * A new mesh, or the mesh files an existing repository lacks: its POM, policy, CI pipelines, a team, a domain
     * and a first product with its contract. Files that exist already (a POM, a CI file) are kept as they are; the
     * product's own files must not exist.
     */
    public Result init(InitRequest request) throws ScaffoldException {
        String domain = Names.check("domain", request.domain());
        String product = Names.check("product", request.product());
        String team = Names.check("team", request.team());
        checkOwner(request.owner());
        if (!BRANCH.matcher(request.targetBranch()).matches()) {
            throw new ScaffoldException("`" + request.targetBranch() + "` is not a branch name.");
        }
        ExistingMesh mesh = scan();
        FilePlan plan = new FilePlan(layout.root());
        plan.create(
                "pom.xml",
                InitFiles.pom(request.groupId(), request.artifactId(), request.meshName(), request.plugin()));
        plan.create(".gitignore", InitFiles.gitignore());
        plan.create("mesh-rules.yaml", InitFiles.rules(RuleSet.defaults().catalogue()));
        if (request.ci().contains(Ci.GITHUB)) {
            plan.create(".github/workflows/mesh.yml", InitFiles.githubActions(request.targetBranch()));
        }
        if (request.ci().contains(Ci.GITLAB)) {
            plan.create(".gitlab-ci.yml", InitFiles.gitlabCi(request.targetBranch()));
        }
        plan.create(teamFile(team), MeshFiles.team(team, request.owner()));
        plan.create(domainFolder(domain) + "/domain.yaml", MeshFiles.domain(domain, team));
        List<String> kept = plan.keepExisting();
        addProductFiles(plan, mesh, domain, product, null, List.of());
        plan.write();
        return new Result(plan.createdPaths(), plan.editedPaths(), kept);
    }

    /** A domain folder with its domain.yaml; {@code owner} (a team of the mesh) may be null. */
    public Result addDomain(String domain, String owner) throws ScaffoldException {
        Names.check("domain", domain);
        ExistingMesh mesh = scan();
        if (mesh.hasDomain(domain)) {
            throw new ScaffoldException(
                    "Nothing was written: the domain " + domain + " exists already (" + domainFolder(domain) + ").");
        }
        if (owner != null) {
            requireTeam(mesh, Names.check("team", owner));
        }
        FilePlan plan = new FilePlan(layout.root())
                .create(domainFolder(domain) + "/domain.yaml", MeshFiles.domain(domain, owner));
        plan.write();
        return new Result(plan.createdPaths(), List.of(), List.of());
    }

    /** A team file; {@code owner} (a username) may be null. */
    public Result addTeam(String team, String owner) throws ScaffoldException {
        Names.check("team", team);
        checkOwner(owner);
        FilePlan plan = new FilePlan(layout.root()).create(teamFile(team), MeshFiles.team(team, owner));
        plan.write();
        return new Result(plan.createdPaths(), List.of(), List.of());
    }

    /**
     * A product in an existing domain, with an output port, its contract and a README; it reads the contracts
     * {@code reads} names (ids of contracts of the mesh). {@code team} may be null when the domain has an owner.
     */
    public Result addProduct(String domain, String product, String team, List<String> reads) throws ScaffoldException {
        Names.check("domain", domain);
        Names.check("product", product);
        ExistingMesh mesh = scan();
        if (!mesh.hasDomain(domain)) {
            throw new ScaffoldException("Nothing was written: the mesh has no domain " + domain
                    + "; add it first with mvn mesh:add-domain -Dmesh.domain=" + domain + ".");
        }
        if (team != null) {
            requireTeam(mesh, Names.check("team", team));
        } else if (mesh.domainOwner(domain).isEmpty()) {
            throw new ScaffoldException("Nothing was written: name the team that owns " + domain + "." + product
                    + " with -Dmesh.team=<team>, or give the domain " + domain + " an owner in its domain.yaml.");
        }
        FilePlan plan = new FilePlan(layout.root());
        addProductFiles(plan, mesh, domain, product, team, reads);
        plan.write();
        return new Result(plan.createdPaths(), List.of(), List.of());
    }

    /** The text of a new contract, given the ODCS version the mesh uses and the contract's id. */
    @FunctionalInterface
    public interface ContractText {
        String write(String odcsVersion, String id);
    }

    /** The first version of a new contract and of the output port that publishes it. */
    public static String firstVersion() {
        return MeshFiles.FIRST_VERSION;
    }

    /** A contract for a new output port of an existing product; the port is added to the product's descriptor. */
    public Result addContract(String productId, String port) throws ScaffoldException {
        return addContract(productId, port, (odcsVersion, id) -> MeshFiles.contract(odcsVersion, id, port));
    }

    /** {@link #addContract(String, String)} with a contract of the caller's, e.g. one imported from a schema. */
    public Result addContract(String productId, String port, ContractText text) throws ScaffoldException {
        Names.check("port", port);
        ExistingMesh mesh = scan();
        ExistingMesh.Product product = mesh.product(productId)
                .orElseThrow(() ->
                        new ScaffoldException("Nothing was written: the mesh has no product " + productId + " (known: "
                                + String.join(
                                        ", ",
                                        mesh.products().stream()
                                                .map(ExistingMesh.Product::id)
                                                .toList()) + ")."));
        String id = product.id() + "." + port;
        checkId(mesh, id);
        String folder = domainFolder(product.domain()) + "/" + product.folder();
        String before = FilePlan.read(layout.root(), product.descriptor());
        MeshFiles.Port output = new MeshFiles.Port(port, MeshFiles.FIRST_VERSION, id);
        FilePlan plan = new FilePlan(layout.root())
                .create(folder + "/" + port + ".odcs.yaml", text.write(mesh.odcsVersion(), id))
                .edit(product.descriptor(), before, PortList.append(before, "outputPorts", output));
        plan.write();
        return new Result(plan.createdPaths(), plan.editedPaths(), List.of());
    }

    /** The mesh as it is on disk now. */
    public ExistingMesh existing() {
        return scan();
    }

    private void addProductFiles(
            FilePlan plan, ExistingMesh mesh, String domain, String product, String team, List<String> reads)
            throws ScaffoldException {
        String id = domain + "." + product;
        String contractId = id + "." + product;
        checkId(mesh, id);
        if (mesh.product(id).isPresent()) {
            throw new ScaffoldException("Nothing was written: the product " + id + " exists already ("
                    + mesh.product(id).get().descriptor() + ").");
        }
        checkId(mesh, contractId);
        List<MeshFiles.Port> inputs = new ArrayList<>();
        for (String read : reads) {
            ExistingMesh.Contract contract = mesh.contract(read)
                    .orElseThrow(() -> new ScaffoldException("Nothing was written: no contract of the mesh has the id "
                            + read + " (known: "
                            + String.join(
                                    ", ",
                                    mesh.contracts().stream()
                                            .map(ExistingMesh.Contract::id)
                                            .toList()) + ")."));
            String segment = lastSegment(read);
            boolean taken = inputs.stream().anyMatch(input -> input.name().equals(segment));
            inputs.add(new MeshFiles.Port(taken ? Names.suggest(read) : segment, contract.version(), read));
        }
        String folder = domainFolder(domain) + "/" + product;
        String descriptor = MeshFiles.product(
                mesh.odpsVersion(),
                domain,
                product,
                team,
                inputs,
                List.of(new MeshFiles.Port(product, MeshFiles.FIRST_VERSION, contractId)));
        if (Files.exists(layout.root().resolve(folder))) {
            throw new ScaffoldException(
                    "Nothing was written: " + folder + " exists already; choose another product name.");
        }
        plan.create(folder + "/" + product + ".odps.yaml", descriptor);
        plan.create(folder + "/" + product + ".odcs.yaml", MeshFiles.contract(mesh.odcsVersion(), contractId, product));
        plan.create(folder + "/README.md", MeshFiles.readme(domain, product));
    }

    private void checkId(ExistingMesh mesh, String id) throws ScaffoldException {
        if (!layout.idPattern().matcher(id).matches()) {
            throw new ScaffoldException("Nothing was written: the id " + id + " would not follow the mesh's id pattern "
                    + layout.idPattern().pattern() + "; choose names that do.");
        }
        if (mesh.contract(id).isPresent()) {
            throw new ScaffoldException("Nothing was written: the contract id " + id + " is taken by "
                    + mesh.contract(id).get().file() + ".");
        }
    }

    private static void requireTeam(ExistingMesh mesh, String team) throws ScaffoldException {
        if (!mesh.hasTeam(team)) {
            throw new ScaffoldException("Nothing was written: the mesh has no team " + team + " under "
                    + mesh.teamsDirectory() + "/; add it first with mvn mesh:add-team -Dmesh.team=" + team + ".");
        }
    }

    private static void checkOwner(String owner) throws ScaffoldException {
        if (owner != null && !USERNAME.matcher(owner).matches()) {
            throw new ScaffoldException("`" + owner + "` is not a username (letters, digits, dots, hyphens).");
        }
    }

    private static String lastSegment(String id) {
        String last = id.substring(id.lastIndexOf('.') + 1);
        return Names.suggest(last);
    }

    private ExistingMesh scan() {
        return ExistingMesh.scan(layout.root(), layout.domainsDirectory(), layout.teamsDirectory());
    }

    private String domainFolder(String domain) {
        return layout.domainsDirectory() + "/" + domain;
    }

    private String teamFile(String team) {
        return layout.teamsDirectory() + "/" + team + ".yaml";
    }
}
