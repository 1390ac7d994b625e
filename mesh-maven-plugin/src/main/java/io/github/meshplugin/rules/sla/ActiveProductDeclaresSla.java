package io.github.meshplugin.rules.sla;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.ProductRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One SLA property anywhere in the product's published contracts is enough: the point is that an active
 * product makes some promise about freshness or availability, not that every port repeats it. Products with
 * no output port or only missing contracts are left to MESH-REF-004 and MESH-REF-002.
 */
public final class ActiveProductDeclaresSla implements ProductRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-SLA-001",
            Severity.WARNING,
            "Active product promises no service level",
            "Consumers of an active product build on its freshness, latency and availability; without any SLA "
                    + "property in its contracts they cannot know what to expect or when to raise an incident.",
            "Add `slaProperties:` to a contract the product publishes, for example `- property: latency` with "
                    + "`value: 4` and `unit: h`.",
            """
            # order-lines.odcs.yaml, published by the active product sales.orders
            id: sales.orders.order-lines
            status: active
            schema: [...]
            # no slaProperties
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, Consumer<Finding> report) {
        if (product.status() != Status.ACTIVE) {
            return;
        }
        Map<String, Contract> published = new LinkedHashMap<>();
        boolean promisesSomething = false;
        for (OutputPort port : product.outputPorts()) {
            Contract contract = context.mesh().contract(port.contractId()).orElse(null);
            if (contract != null) {
                published.putIfAbsent(contract.id(), contract);
                promisesSomething |= !contract.slaProperties().isEmpty();
            }
        }
        if (!published.isEmpty() && !promisesSomething) {
            List<String> quoted = new ArrayList<>();
            published.keySet().forEach(id -> quoted.add("`" + id + "`"));
            // The fix is written in a contract, not in the descriptor: point at the first one published.
            Contract first = published.values().iterator().next();
            report.accept(INFO.finding(
                    first.source(),
                    "active product `" + product.id()
                            + "` declares no SLA: none of the contracts it publishes (" + String.join(", ", quoted)
                            + ") has `slaProperties`",
                    "Add `slaProperties:` to " + first.source().file() + ", for example `- property: latency` with "
                            + "`value: 4` and `unit: h`."));
        }
    }
}
