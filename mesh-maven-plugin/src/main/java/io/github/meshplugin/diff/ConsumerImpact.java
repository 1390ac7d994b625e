package io.github.meshplugin.diff;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Origin;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out, for each breaking change, which consumers it reaches. A consumer is a product (not retired) with
 * an input port naming the contract. It is spared when its port already asks for the new major version, or when
 * it declared the properties it uses ({@code usedProperties}) and the change touches none of them. A change
 * counts as shielded when the contract's major version was raised and the publisher kept an output port of the
 * same name at the old major version beside the new one.
 */
public final class ConsumerImpact {

    /** One consumer of a changed contract: the product and the input port through which it reads. */
    public record Consumer(DataProduct product, InputPort port) {

        /**
         * "`finance.revenue-daily` (domain finance, team finance-data)"; a consumer in another repository's mesh
         * names that mesh first: "(repository org.acme:finance-mesh:1.2.0, domain finance, team finance-data)".
         */
        public String describe() {
            String team = product.ownerTeam() == null ? "no owning team" : "team " + product.ownerTeam();
            String repository = Origin.mesh(product.source());
            return "`" + product.id() + "` (" + (repository == null ? "" : "repository " + repository + ", ")
                    + "domain " + product.domain() + ", " + team + ")";
        }
    }

    /**
     * One breaking change and what it reaches: consumers who lose something ({@code affected}) and consumers who
     * declared they do not use what changed ({@code spared}). {@code keptPort} names the old-major port that
     * still serves them, or is null.
     */
    public record Verdict(
            ContractChanges contract, Change change, List<Consumer> affected, List<Consumer> spared, String keptPort) {

        public Verdict {
            affected = List.copyOf(affected);
            spared = List.copyOf(spared);
        }

        public boolean shielded() {
            return keptPort != null;
        }
    }

    private final Mesh baseline;
    private final Mesh current;
    private final Map<String, List<Consumer>> consumersByContract = new HashMap<>();

    public ConsumerImpact(Mesh baseline, Mesh current) {
        this.baseline = baseline;
        this.current = current;
        for (DataProduct product : current.products()) {
            if (product.status() == Status.RETIRED) {
                continue;
            }
            for (InputPort port : product.inputPorts()) {
                if (port.contractId() != null) {
                    consumersByContract
                            .computeIfAbsent(port.contractId(), id -> new ArrayList<>())
                            .add(new Consumer(product, port));
                }
            }
        }
    }

    public List<Verdict> assess(MeshChanges changes) {
        List<Verdict> verdicts = new ArrayList<>();
        for (ContractChanges contract : changes.contracts()) {
            if (!contract.breaking()) {
                continue;
            }
            String keptPort = keptOldMajorPort(contract);
            int toMajor = Versions.major(contract.toVersion());
            List<Consumer> readers = consumersByContract.getOrDefault(contract.contractId(), List.of()).stream()
                    .filter(c -> toMajor < 0
                            || Versions.major(c.port().version()) != toMajor
                            || Versions.major(contract.fromVersion()) == toMajor)
                    .toList();
            for (Change change : contract.changes()) {
                if (!change.breaking()) {
                    continue;
                }
                List<Consumer> affected = new ArrayList<>();
                List<Consumer> spared = new ArrayList<>();
                for (Consumer reader : readers) {
                    (uses(reader.port(), change) ? affected : spared).add(reader);
                }
                verdicts.add(new Verdict(contract, change, affected, spared, keptPort));
            }
        }
        return verdicts;
    }

    /** Whether a consumer reads what the change touches: yes unless it declared its properties and this is none. */
    static boolean uses(InputPort port, Change change) {
        if (port.usedProperties() == null || change.propertyPath() == null) {
            return true;
        }
        String object = change.element()
                .substring(0, change.element().length() - change.propertyPath().length() - 1);
        for (String used : port.usedProperties()) {
            String path = used.startsWith(object + ".") ? used.substring(object.length() + 1) : used;
            String changed = change.propertyPath();
            if (path.equals(changed) || path.startsWith(changed + ".") || changed.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of an output port that still serves the old major version, when the major version was raised:
     * ODPS keys ports by name and version, so the old one can stay beside the new one while consumers move.
     */
    private String keptOldMajorPort(ContractChanges contract) {
        int fromMajor = Versions.major(contract.fromVersion());
        int toMajor = Versions.major(contract.toVersion());
        if (fromMajor < 0 || toMajor <= fromMajor) {
            return null;
        }
        DataProduct oldPublisher = baseline.publisherOf(contract.contractId()).orElse(null);
        DataProduct publisher =
                oldPublisher == null ? null : current.product(oldPublisher.id()).orElse(null);
        if (publisher == null) {
            return null;
        }
        Set<String> oldNames = oldPublisher.outputPorts().stream()
                .filter(p -> contract.contractId().equals(p.contractId()) && p.name() != null)
                .map(OutputPort::name)
                .collect(Collectors.toSet());
        return publisher.outputPorts().stream()
                .filter(p -> oldNames.contains(p.name()) && Versions.major(p.version()) == fromMajor)
                .map(p -> p.name() + " v" + Versions.plain(p.version()))
                .findFirst()
                .orElse(null);
    }
}
