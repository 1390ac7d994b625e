package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ConsumerImpact;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import java.util.function.Consumer;

/** The same breaking change done right: a new major version, the old port kept. Consumers still have to move. */
public final class BreakingChangeUnderNewMajor implements BreakingChangeRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-BREAK-002",
            Severity.WARNING,
            "Breaking change published as a new major version; consumers still read the old one",
            "The contract's major version was raised and the old version's output port is kept, so nothing breaks "
                    + "today. The consumers still on the old version break when that port goes: they need to "
                    + "plan the move.",
            "Ask the named consumers to move to the new major version, then remove the old port (mark it "
                    + "`status: deprecated` with a `sunsetDate` meanwhile).",
            """
            # orders.odps.yaml: the old port stays while consumers move
            outputPorts:
              - {name: order-lines, version: 3.0.0, contractId: sales.orders.order-lines}
              - name: order-lines
                version: 2.3.0
                contractId: sales.orders.order-lines-v2
                customProperties:
                  - {property: status, value: deprecated}
                  - {property: sunsetDate, value: "2027-03-31"}
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ConsumerImpact.Verdict verdict, Consumer<Finding> report) {
        if (!verdict.shielded() || verdict.affected().isEmpty()) {
            return;
        }
        report.accept(INFO.finding(
                verdict.change().source(),
                verdict.contract().title() + " "
                        + verdict.change().summary() + "; the old version stays on output port `"
                        + verdict.keptPort() + "` for " + Consumers.list(verdict.affected())
                        + ", who must move before it is removed"));
    }
}
