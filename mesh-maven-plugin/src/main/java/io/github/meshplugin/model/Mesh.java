package io.github.meshplugin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything read from one mesh root, sorted by id so every later stage is deterministic. Where ids collide
 * (reported as a finding), lookups return the first in path order.
 */
public final class Mesh {

    private final List<Domain> domains;
    private final List<Team> teams;
    private final List<DataProduct> products;
    private final List<Contract> contracts;
    private final Map<String, Domain> domainsById;
    private final Map<String, Team> teamsById;
    private final Map<String, DataProduct> productsById;
    private final Map<String, Contract> contractsById;
    private final Map<String, DataProduct> publishers = new LinkedHashMap<>();
    private final Map<String, List<DataProduct>> productsByDomain = new HashMap<>();
    private final Map<String, List<DataProduct>> productsByOwner = new HashMap<>();
    /** Contract ids declared by files that could not be parsed, with the file: set once, by the reader. */
    private Map<String, String> unparsedContracts = Map.of();

    public Mesh(List<Domain> domains, List<Team> teams, List<DataProduct> products, List<Contract> contracts) {
        this.domains = domains.stream().sorted(Comparator.comparing(Domain::id)).toList();
        this.teams = teams.stream().sorted(Comparator.comparing(Team::id)).toList();
        this.products = products.stream()
                .sorted(Comparator.comparing(DataProduct::id).thenComparing(DataProduct::source))
                .toList();
        this.contracts = contracts.stream()
                .sorted(Comparator.comparing(Contract::id).thenComparing(Contract::source))
                .toList();
        this.domainsById = index(this.domains, Domain::id);
        this.teamsById = index(this.teams, Team::id);
        this.productsById = index(this.products, DataProduct::id);
        this.contractsById = index(this.contracts, Contract::id);
        for (DataProduct product : this.products) {
            if (product.domain() != null) {
                productsByDomain
                        .computeIfAbsent(product.domain(), d -> new ArrayList<>())
                        .add(product);
            }
            if (product.ownerTeam() != null) {
                productsByOwner
                        .computeIfAbsent(product.ownerTeam(), t -> new ArrayList<>())
                        .add(product);
            }
            for (OutputPort port : product.outputPorts()) {
                if (port.contractId() != null) {
                    publishers.putIfAbsent(port.contractId(), product);
                }
            }
        }
    }

    public List<Domain> domains() {
        return domains;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<DataProduct> products() {
        return products;
    }

    public List<Contract> contracts() {
        return contracts;
    }

    public Optional<DataProduct> product(String id) {
        return Optional.ofNullable(productsById.get(id));
    }

    public Optional<Contract> contract(String id) {
        return Optional.ofNullable(id == null ? null : contractsById.get(id));
    }

    public Optional<Team> team(String id) {
        return Optional.ofNullable(id == null ? null : teamsById.get(id));
    }

    public Optional<Domain> domain(String id) {
        return Optional.ofNullable(id == null ? null : domainsById.get(id));
    }

    public List<DataProduct> productsOf(String domainId) {
        return List.copyOf(productsByDomain.getOrDefault(domainId, List.of()));
    }

    public List<DataProduct> productsOwnedBy(String teamId) {
        return List.copyOf(productsByOwner.getOrDefault(teamId, List.of()));
    }

    /** The product whose output port publishes the contract, if any. */
    public Optional<DataProduct> publisherOf(String contractId) {
        return Optional.ofNullable(contractId == null ? null : publishers.get(contractId));
    }

    /**
     * This mesh, knowing that the files {@code files} (by the contract id each declares) could not be parsed: a
     * reference to one of those ids is not dangling, the file's syntax error is the one thing to fix.
     */
    public Mesh withUnparsedContracts(Map<String, String> files) {
        Mesh mesh = new Mesh(domains, teams, products, contracts);
        mesh.unparsedContracts = Map.copyOf(files);
        return mesh;
    }

    /** The file that declares contract {@code id} but could not be parsed, if any. */
    public Optional<String> unparsedContract(String id) {
        return Optional.ofNullable(id == null ? null : unparsedContracts.get(id));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (id.apply(item) != null) {
                byId.putIfAbsent(id.apply(item), item);
            }
        }
        return Map.copyOf(byId);
    }
}
