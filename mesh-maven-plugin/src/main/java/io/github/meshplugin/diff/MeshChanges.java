package io.github.meshplugin.diff;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The changes of every contract between a baseline and the current mesh, keyed and sorted by contract id.
 * {@code baseline} names what was compared with ("origin/main", "catalog.json of an earlier build"); contracts
 * without changes are not listed.
 */
public final class MeshChanges {

    private static final MeshChanges NONE = new MeshChanges(null, List.of(), List.of());

    private final String baseline;
    private final Map<String, ContractChanges> byContract;
    private final List<ConsumerImpact.Verdict> verdicts;

    public MeshChanges(String baseline, Collection<ContractChanges> contracts, List<ConsumerImpact.Verdict> verdicts) {
        this.baseline = baseline;
        this.verdicts = List.copyOf(verdicts);
        Map<String, ContractChanges> sorted = new TreeMap<>();
        contracts.forEach(c -> sorted.put(c.contractId(), c));
        this.byContract = Collections.unmodifiableMap(sorted);
    }

    /** No baseline was configured: nothing to compare. */
    public static MeshChanges none() {
        return NONE;
    }

    public boolean compared() {
        return baseline != null;
    }

    public String baseline() {
        return baseline;
    }

    public Collection<ContractChanges> contracts() {
        return byContract.values();
    }

    /** One verdict per breaking change: who it reaches and whether a kept old major version shields them. */
    public List<ConsumerImpact.Verdict> verdicts() {
        return verdicts;
    }

    public Optional<ContractChanges> of(String contractId) {
        return Optional.ofNullable(byContract.get(contractId));
    }
}
