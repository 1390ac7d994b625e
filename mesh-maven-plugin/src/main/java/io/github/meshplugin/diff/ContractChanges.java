package io.github.meshplugin.diff;

import io.github.meshplugin.model.Source;
import java.util.List;

/**
 * What changed in one contract between the baseline and now: its versions on either side (null where it did not
 * exist), the changes in document order, and where the contract is written now (or was, if it is gone).
 */
public record ContractChanges(
        String contractId, String fromVersion, String toVersion, List<Change> changes, Source source) {

    public ContractChanges {
        changes = List.copyOf(changes);
    }

    public boolean breaking() {
        return changes.stream().anyMatch(Change::breaking);
    }

    /** "sales.orders.order-lines v2.3.0 -> v2.4.0", the words every finding about the contract starts with. */
    public String title() {
        if (fromVersion == null || toVersion == null) {
            return contractId + " " + version(fromVersion == null ? toVersion : fromVersion);
        }
        return contractId + " " + version(fromVersion) + " -> " + version(toVersion);
    }

    private static String version(String version) {
        if (version == null) {
            return "(none)";
        }
        return version.startsWith("v") ? version : "v" + version;
    }
}
