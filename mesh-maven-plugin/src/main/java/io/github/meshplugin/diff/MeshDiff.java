package io.github.meshplugin.diff;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a baseline mesh with the current one: every contract by id, every output port by product and port
 * name, then works out who each breaking change reaches ({@link ConsumerImpact}). Everything is looked up in
 * maps, so the work grows with the size of the mesh, not with its square.
 */
public final class MeshDiff {

    private final ContractDiff contractDiff = new ContractDiff();

    /** @param baselineName what the baseline was, for messages ("origin/main", "target/old/catalog.json") */
    public MeshChanges compare(Mesh baseline, Mesh current, String baselineName) {
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        TreeSet<String> ids = new TreeSet<>();
        baseline.contracts().forEach(c -> ids.add(c.id()));
        current.contracts().forEach(c -> ids.add(c.id()));
        for (String id : ids) {
            List<Change> found = contractDiff.compare(
                    baseline.contract(id).orElse(null), current.contract(id).orElse(null));
            if (!found.isEmpty()) {
                changes.put(id, new ArrayList<>(found));
            }
        }
        comparePorts(baseline, current, changes);

        List<ContractChanges> contracts = new ArrayList<>();
        changes.forEach((id, list) -> {
            Contract before = baseline.contract(id).orElse(null);
            Contract after = current.contract(id).orElse(null);
            contracts.add(new ContractChanges(
                    id,
                    before == null ? null : before.version(),
                    after == null ? null : after.version(),
                    list,
                    after != null
                            ? after.source()
                            : before != null ? before.source() : list.get(0).source()));
        });
        MeshChanges withoutImpact = new MeshChanges(baselineName, contracts, List.of());
        return new MeshChanges(baselineName, contracts, new ConsumerImpact(baseline, current).assess(withoutImpact));
    }

    private static void comparePorts(Mesh baseline, Mesh current, Map<String, List<Change>> changes) {
        for (DataProduct old : baseline.products()) {
            DataProduct now = current.product(old.id()).orElse(null);
            for (OutputPort port : old.outputPorts()) {
                if (port.contractId() == null || port.name() == null) {
                    continue;
                }
                boolean contractGone = current.contract(port.contractId()).isEmpty()
                        && baseline.contract(port.contractId()).isPresent();
                List<OutputPort> sameName = now == null
                        ? List.of()
                        : now.outputPorts().stream()
                                .filter(p -> port.name().equals(p.name()))
                                .toList();
                boolean stillPublished = current.publisherOf(port.contractId()).isPresent();
                if (sameName.isEmpty() && !stillPublished && !contractGone) {
                    add(
                            changes,
                            port.contractId(),
                            new Change(
                                    ChangeType.OUTPUT_PORT_REMOVED,
                                    port.name(),
                                    null,
                                    "is no longer published: output port `" + port.name() + "` of `" + old.id()
                                            + "` is removed",
                                    now != null ? now.source() : old.source()));
                } else if (!sameName.isEmpty()
                        && sameName.stream().noneMatch(p -> port.contractId().equals(p.contractId()))
                        && !stillPublished) {
                    OutputPort moved = sameName.get(0);
                    add(
                            changes,
                            port.contractId(),
                            new Change(
                                    ChangeType.OUTPUT_PORT_CONTRACT_CHANGED,
                                    port.name(),
                                    null,
                                    "is no longer published: output port `" + port.name() + "` of `" + old.id()
                                            + "` now publishes `" + moved.contractId() + "`",
                                    moved.source()));
                }
            }
            if (now == null) {
                continue;
            }
            for (OutputPort port : now.outputPorts()) {
                if (port.contractId() == null) {
                    continue;
                }
                OutputPort before = old.outputPorts().stream()
                        .filter(p -> p.name() != null
                                && p.name().equals(port.name())
                                && Objects.equals(p.version(), port.version()))
                        .findFirst()
                        .orElse(null);
                if (before == null) {
                    portAdded(changes, port, "v" + port.version() + " of `" + now.id() + "`");
                } else if (port.status() == Status.DEPRECATED && before.status() != Status.DEPRECATED) {
                    add(
                            changes,
                            port.contractId(),
                            new Change(
                                    ChangeType.DEPRECATED,
                                    port.name(),
                                    null,
                                    "is published by output port `" + port.name() + "` v" + port.version()
                                            + ", now deprecated" + ContractDiff.replacement(port.customProperties()),
                                    port.source()));
                }
            }
        }
        for (DataProduct now : current.products()) {
            if (baseline.product(now.id()).isEmpty()) {
                for (OutputPort port : now.outputPorts()) {
                    if (port.contractId() != null) {
                        portAdded(changes, port, "of new product `" + now.id() + "`");
                    }
                }
            }
        }
    }

    private static void add(Map<String, List<Change>> changes, String contractId, Change change) {
        changes.computeIfAbsent(contractId, id -> new ArrayList<>()).add(change);
    }

    /** A contract newly published by an output port: {@code where} names the port's version or its new product. */
    private static void portAdded(Map<String, List<Change>> changes, OutputPort port, String where) {
        add(
                changes,
                port.contractId(),
                new Change(
                        ChangeType.OUTPUT_PORT_ADDED,
                        port.name(),
                        null,
                        "is published by new output port `" + port.name() + "` " + where,
                        port.source()));
    }
}
