package io.github.meshplugin.site.view;

import io.github.meshplugin.diff.Change;
import io.github.meshplugin.diff.ContractChanges;
import io.github.meshplugin.diff.Revision;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.result.MeshResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change history and deprecation notices the pages show: for each contract, its changes since the baseline
 * and per recent commit; for each product, its deprecated output ports and contracts.
 */
public final class ChangeViews {

    /** One set of changes to a contract: since the baseline, or made by one commit. */
    public record ChangeSetView(
            String label,
            String date,
            String subject,
            String fromVersion,
            String toVersion,
            boolean breaking,
            List<ChangeView> changes) {}

    /** {@code impact}: breaking, needs-review or non-breaking; {@code summary} reads after the contract's name. */
    public record ChangeView(String impact, String summary) {}

    /**
     * A deprecated output port or contract of a product: {@code what} names it; {@code replacement} is the
     * {@code replacedBy} text, {@code replacementHref} its contract page when it names a contract of the mesh.
     */
    public record DeprecationView(String what, String sunsetDate, String replacement, String replacementHref) {}

    private final Map<String, List<ChangeSetView>> byContract = new HashMap<>();
    private final Mesh mesh;

    ChangeViews(MeshResult result) {
        this.mesh = result.mesh();
        if (result.changes().compared()) {
            for (ContractChanges contract : result.changes().contracts()) {
                add(contract, "Since baseline " + result.changes().baseline(), null, null);
            }
        }
        for (Revision revision : result.history()) {
            for (ContractChanges contract : revision.changes().contracts()) {
                add(contract, "Commit " + revision.commit(), revision.date(), revision.subject());
            }
        }
    }

    private void add(ContractChanges contract, String label, String date, String subject) {
        List<ChangeView> changes = contract.changes().stream()
                .map((Change c) -> new ChangeView(c.impact().label(), c.summary()))
                .toList();
        byContract
                .computeIfAbsent(contract.contractId(), id -> new ArrayList<>())
                .add(new ChangeSetView(
                        label,
                        date,
                        subject,
                        contract.fromVersion(),
                        contract.toVersion(),
                        contract.breaking(),
                        changes));
    }

    List<ChangeSetView> history(String contractId) {
        return byContract.getOrDefault(contractId, List.of());
    }

    List<DeprecationView> deprecations(DataProduct product) {
        List<DeprecationView> notices = new ArrayList<>();
        Set<String> contracts = new LinkedHashSet<>();
        for (OutputPort port : product.outputPorts()) {
            if (port.status() == Status.DEPRECATED || port.status() == Status.RETIRED) {
                notices.add(notice("Output port " + port.name() + " v" + port.version(), port.customProperties()));
            }
            if (port.contractId() != null) {
                contracts.add(port.contractId());
            }
        }
        for (String id : contracts) {
            Contract contract = mesh.contract(id).orElse(null);
            if (contract != null && contract.status() == Status.DEPRECATED) {
                notices.add(
                        notice("Contract " + contract.id() + " v" + contract.version(), contract.customProperties()));
            }
        }
        return notices;
    }

    private DeprecationView notice(String what, Map<String, String> customProperties) {
        String replacement = blankToNull(customProperties.get("replacedBy"));
        String sunset = blankToNull(customProperties.getOrDefault("sunsetDate", customProperties.get("endOfLife")));
        String href =
                replacement != null && mesh.contract(replacement).isPresent() ? Hrefs.contract(replacement) : null;
        return new DeprecationView(what, sunset, replacement, href);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
