package io.github.meshplugin.rules.lifecycle;

import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;

/**
 * Deprecated and retired reads are two rules, not one rule with two severities, so that a policy can relax the
 * first (a migration is planned) without silencing the second (the data has stopped).
 */
public final class ReadsDeprecatedContract extends EndOfLifeReads {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-LIFE-001",
            Severity.WARNING,
            "Input port reads a deprecated contract",
            "A deprecated contract, or any contract of a deprecated product, is going away; a consumer that still "
                    + "reads it breaks when the data stops unless it migrates in time.",
            "Point the input port's `contractId` at the replacement (the `replacedBy` custom property of the "
                    + "contract or of its product), and plan the migration with the producing team.",
            """
            # domains/sales/legacy-order-extract/legacy-order-extract.odps.yaml
            status: deprecated
            customProperties:
              - {property: replacedBy, value: sales.orders}
            # domains/finance/revenue/revenue.odps.yaml, still reading it
            inputPorts:
              - name: legacy-orders
                version: 1.4.2
                contractId: sales.legacy-order-extract.nightly-order-extract
            """);

    public ReadsDeprecatedContract() {
        super(INFO, false);
    }
}
