package io.github.meshplugin.rules.versioning;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic Versioning 2.0.0, with one leading {@code v} allowed because the ODPS documentation writes port
 * versions that way ({@code v1.0.0}). Absent versions are not this rule's business: ODPS and ODCS decide which
 * are required, and the reader reports those.
 */
public final class VersionsAreSemantic implements Rule {

    /** The regular expression semver.org publishes, after an optional {@code v}. */
    static final Pattern SEMVER = Pattern.compile("v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /**
     * The semver expression backtracks quadratically on long runs of digits; no real version comes near the
     * limit, and a hostile file must not stall the build.
     */
    static final int MAX_LENGTH = 256;

    /** A version that only lacks its minor or patch part ({@code 2}, {@code 1.0}, the YAML number slip). */
    private static final Pattern SHORT = Pattern.compile("(v?)(\\d+)(?:\\.(\\d+))?");

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-VER-001",
            Severity.WARNING,
            "Version is not a semantic version",
            "Consumers and tools compare versions to tell a breaking change (major) from a compatible one (minor, "
                    + "patch); a version like `1.0`, `latest` or `2024-05` cannot be compared.",
            "Write the version as MAJOR.MINOR.PATCH (for example `1.2.0`, optionally `v1.2.0`), quoted if YAML "
                    + "would read it as a number.",
            """
            id: sales.orders
            version: 1.0          # a YAML number; expected e.g. 1.0.0
            outputPorts:
              - name: order-lines
                version: latest   # expected e.g. 2.1.0
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        context.mesh().products().forEach(product -> checkPorts(product, report));
        for (Contract contract : context.mesh().contracts()) {
            check(contract.version(), "contract `" + contract.id() + "`", contract.source(), report);
        }
    }

    private void checkPorts(DataProduct product, Consumer<Finding> report) {
        check(product.version(), "product `" + product.id() + "`", product.source(), report);
        for (InputPort port : product.inputPorts()) {
            check(port.version(), "input port `" + port.name() + "` of `" + product.id() + "`", port.source(), report);
        }
        for (OutputPort port : product.outputPorts()) {
            check(port.version(), "output port `" + port.name() + "` of `" + product.id() + "`", port.source(), report);
        }
    }

    static boolean isSemantic(String version) {
        return version.length() <= MAX_LENGTH && SEMVER.matcher(version).matches();
    }

    /** Digits without leading zeros, which semver forbids; kept as text so no length overflows. */
    private static String number(String digits) {
        return digits.replaceFirst("^0+(?=\\d)", "");
    }

    private static void check(String version, String owner, Source source, Consumer<Finding> report) {
        if (version == null || isSemantic(version)) {
            return;
        }
        Matcher shortForm = SHORT.matcher(version);
        String hint = shortForm.matches()
                ? "Write `version: \"" + shortForm.group(1) + number(shortForm.group(2)) + "."
                        + (shortForm.group(3) == null ? "0" : number(shortForm.group(3))) + ".0\"`."
                : INFO.fix();
        String shown = version.length() <= 64 ? version : version.substring(0, 64) + "…";
        report.accept(INFO.finding(
                source,
                owner + " has version `" + shown
                        + "`, which is not a semantic version (MAJOR.MINOR.PATCH, such as 1.2.0)",
                hint));
    }
}
