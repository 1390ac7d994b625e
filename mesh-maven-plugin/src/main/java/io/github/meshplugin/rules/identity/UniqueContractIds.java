package io.github.meshplugin.rules.identity;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

public final class UniqueContractIds implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-ID-002",
            Severity.ERROR,
            "Duplicate contract id",
            "Ports bind to contracts by id; with two contracts of one id, a consumer cannot know which it reads.",
            "Give each contract its own `id`; publish a new version under the same id only by replacing the file.",
            """
            # domains/sales/orders/order-lines.odcs.yaml
            id: sales.orders.order-lines
            # domains/sales/orders/order-lines-copy.odcs.yaml
            id: sales.orders.order-lines   # the same id again
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        DuplicateIds.report(context.mesh().contracts(), Contract::id, Contract::source, "contract", INFO, report);
    }
}
