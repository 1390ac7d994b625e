package io.github.meshplugin.rules.graph;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.analysis.Orphans;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

public final class NoOrphanProducts implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-GRAPH-002",
            Severity.WARNING,
            "Active product that nobody reads",
            "A product no other product consumes, and that says it serves nobody outside the mesh, costs its team "
                    + "upkeep and its users attention for no reader; it may be forgotten, or its consumers may "
                    + "read its data by a back door the graph cannot see.",
            "If people or tools outside the mesh read it, mark it with the tag `" + Orphans.TAG
                    + "` (or the custom property `" + Orphans.PROPERTY + ": true`); if nobody does, deprecate it.",
            """
            # domains/sales/order-archive/order-archive.odps.yaml: active, and no input port in the mesh
            # names any of its output ports' contracts
            id: sales.order-archive
            status: active
            tags: [archive]             # fix: tags: [archive, consumer-facing]
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        for (DataProduct product : context.analysis().orphans()) {
            report.accept(new Finding(
                    INFO.id(),
                    INFO.defaultSeverity(),
                    product.source(),
                    product.id(),
                    "`" + product.id() + "` is active but no product reads it, and it is not marked " + Orphans.TAG,
                    INFO.fix()));
        }
    }
}
