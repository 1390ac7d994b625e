package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;

/** Reported while loading the baseline, before any rule runs; here so the catalogue documents it. */
public final class BaselineUnavailable {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-BREAK-005",
            Severity.ERROR,
            "The baseline to compare with cannot be read",
            "Breaking changes are found by comparing with a baseline; when it cannot be read, nothing is compared, "
                    + "and a build that passes would prove nothing.",
            "Check `baseline` (`-Dmesh.baseline`): a git ref of the repository (`origin/main`, `HEAD~1`, a tag) or "
                    + "the path of a `catalog.json` from an earlier build. In a shallow CI clone, fetch the ref "
                    + "first (`git fetch --deepen=1`, `git fetch origin main`).",
            """
            mvn mesh:validate -Dmesh.baseline=origin/main
            # in a clone made with --depth=1, origin/main may be missing: git fetch origin main
            """);

    private BaselineUnavailable() {}
}
