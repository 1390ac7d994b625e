package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ConsumerImpact;
import io.github.meshplugin.diff.Versions;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import java.util.function.Consumer;

/** A breaking change that reaches a consumer, with no old major version left to read: the build stops. */
public final class BreakingChangeReachesConsumers implements BreakingChangeRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-BREAK-001",
            Severity.ERROR,
            "Breaking change to a contract other products consume",
            "Compared with the baseline, the contract lost something its consumers read (a property, a type, a "
                    + "valid value, an SLA promise). Their pipelines fail or, worse, compute wrong numbers, and "
                    + "the producing team may not even know they exist.",
            "Undo the change, or publish it as a new major version: raise the contract's major version and keep "
                    + "the old version's output port (same name, old version) beside the new one until every "
                    + "consumer has moved.",
            """
            # order-lines.odcs.yaml, version 2.3.0 -> 2.4.0
            schema:
              - name: order_lines
                properties:
                  - name: order_id
                  # - name: discount_code     removed, but finance.revenue-daily reads it
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ConsumerImpact.Verdict verdict, Consumer<Finding> report) {
        if (verdict.shielded() || verdict.affected().isEmpty()) {
            return;
        }
        String from = verdict.contract().fromVersion();
        int nextMajor = Math.max(Versions.major(from) + 1, 1);
        report.accept(INFO.finding(
                verdict.change().source(),
                verdict.contract().title() + " " + verdict.change().summary() + "; consumed by "
                        + Consumers.list(verdict.affected()),
                "Undo the change, or raise `version` to " + nextMajor + ".0.0 and keep the old output port "
                        + "(same name" + (from == null ? "" : ", version " + Versions.plain(from))
                        + ") beside the new one until its consumers have moved; tell their teams."));
    }
}
