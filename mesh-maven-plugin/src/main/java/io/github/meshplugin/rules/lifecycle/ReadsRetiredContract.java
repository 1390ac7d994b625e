package io.github.meshplugin.rules.lifecycle;

import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;

/** The retired counterpart of {@link ReadsDeprecatedContract}: the same reads, once the data is gone. */
public final class ReadsRetiredContract extends EndOfLifeReads {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-LIFE-002",
            Severity.ERROR,
            "Input port reads a retired contract",
            "A retired contract, or any contract of a retired product, is no longer delivered; a consumer that "
                    + "still reads it is already broken or works on data that will never be updated.",
            "Point the input port's `contractId` at the replacement (the `replacedBy` custom property of the "
                    + "contract or of its product), or remove the input port.",
            """
            # domains/sales/legacy/extract.odcs.yaml
            id: sales.legacy.extract
            status: retired
            # domains/finance/revenue/revenue.odps.yaml, still reading it
            inputPorts:
              - {name: legacy-orders, version: 1.0.0, contractId: sales.legacy.extract}
            """);

    public ReadsRetiredContract() {
        super(INFO, true);
    }
}
