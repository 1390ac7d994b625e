package io.github.meshplugin.rules.naming;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Ids end up in URLs of the catalog, in file names, in SQL object names and in other teams' descriptors; one
 * spelling convention keeps them typeable and stops {@code Sales.Orders} and {@code sales.orders} from becoming
 * two products. The pattern is a constructor argument so a mesh can adopt its own convention; the whole id must
 * match it.
 */
public final class IdsFollowNamingPattern implements Rule {

    /**
     * The forms ids take in the standards' own examples and in real contracts: lower-case words of letters and
     * digits separated by single dots or hyphens ({@code sales.orders}, {@code order-lines}), a URN
     * ({@code urn:acme:sales:orders}) or a UUID in either case.
     */
    public static final String DEFAULT = "[a-z0-9]+([.-][a-z0-9]+)*"
            + "|[uU][rR][nN]:[a-zA-Z0-9][a-zA-Z0-9-]{0,31}(:[a-zA-Z0-9._~%!$()*+,;=@/-]+)+"
            + "|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";

    private static final String DEFAULT_IN_WORDS =
            "lower-case words separated by dots or hyphens, a URN (`urn:<namespace>:<name>`) or a UUID";

    public static final Pattern DEFAULT_PATTERN = Pattern.compile(DEFAULT);

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-NAME-001",
            Severity.WARNING,
            "Product or contract id does not follow the naming convention",
            "Ids appear in links, file names and other teams' descriptors; ids that mix case, spaces or "
                    + "underscores are mistyped, and two spellings of one name look like two products.",
            "Rename the id to lower-case words separated by dots or hyphens (`<domain>.<product>` for products, "
                    + "`<domain>.<product>.<contract>` for contracts), and update every `contractId` that uses it.",
            """
            id: Sales_Orders      # expected e.g. sales.orders
            """);

    private final Pattern pattern;

    public IdsFollowNamingPattern() {
        this(DEFAULT_PATTERN);
    }

    public IdsFollowNamingPattern(Pattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        context.mesh().products().forEach(product -> check("product", product.id(), product.source(), report));
        context.mesh().contracts().forEach(contract -> check("contract", contract.id(), contract.source(), report));
    }

    private void check(String noun, String id, Source source, Consumer<Finding> report) {
        if (id == null || pattern.matcher(id).matches()) {
            return;
        }
        String suggestion = suggest(id);
        boolean byDefault = pattern.pattern().equals(DEFAULT);
        String hint = suggestion != null
                ? "Rename the " + noun + " to `" + suggestion + "` and update every reference to it."
                : "Rename the " + noun + " so its id "
                        + (byDefault ? "is " + DEFAULT_IN_WORDS : "matches `" + pattern.pattern() + "`")
                        + ", and update every reference to it.";
        String broken = byDefault
                ? " does not follow the default naming convention (" + DEFAULT_IN_WORDS + ")"
                : " does not match the naming pattern `" + pattern.pattern() + "`";
        report.accept(INFO.finding(source, noun + " id `" + id + "`" + broken, hint));
    }

    /** The id lower-cased, with every run of other characters turned into one hyphen, if that matches. */
    private String suggest(String id) {
        String candidate = id.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("-*\\.-*", ".")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[.-]+|[.-]+$", "");
        return !candidate.isEmpty()
                        && !candidate.equals(id)
                        && pattern.matcher(candidate).matches()
                ? candidate
                : null;
    }
}
