package io.github.meshplugin.build;

import io.github.meshplugin.graph.analysis.Layering;
import io.github.meshplugin.graph.export.GraphFormat;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.policy.RulePolicy;
import io.github.meshplugin.rules.policy.Suppression;
import io.github.meshplugin.site.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The settings a goal needs, checked and turned into what the stages take, before any stage runs: a setting that
 * makes no sense stops the build with a {@link BuildException} that names it, and nothing is written.
 */
record CheckedSettings(
        ReadOptions readOptions,
        RuleSet rules,
        RulePolicy configuredPolicy,
        FailOn failOn,
        Set<GraphFormat> graphFormats,
        MarkdownRenderer.RawHtml rawHtml) {

    static CheckedSettings check(BuildSettings settings, Goal goal) {
        FailOn failOn = failOn(settings.reporting().failOn());
        Set<GraphFormat> formats = goal == Goal.GRAPH ? graphFormats(settings.graph()) : Set.of();
        Path templates = settings.site().templatesDirectory();
        if (goal == Goal.SITE && templates != null && !Files.isDirectory(templates)) {
            throw new BuildException("templatesDirectory " + templates + " is not a folder.");
        }
        BuildSettings.Reading reading = settings.reading();
        if (!Files.isDirectory(settings.meshDirectory())) {
            throw new BuildException("The mesh directory " + settings.meshDirectory() + " does not exist. Set "
                    + "<meshDirectory> (or -Dmesh.directory) to the folder that holds " + reading.domainsDirectory()
                    + "/.");
        }
        ReadOptions options = new ReadOptions(
                reading.domainsDirectory(),
                reading.teamsDirectory(),
                reading.maxFileBytes(),
                new PiiPolicy(Set.copyOf(reading.piiTags()), Set.copyOf(reading.piiClassifications())));
        RuleSet rules = RuleSet.defaults(idPattern(settings.policy().idPattern()));
        RulePolicy policy = configuredPolicy(settings.policy());
        MarkdownRenderer.RawHtml rawHtml =
                goal == Goal.SITE ? rawHtml(settings.site().markdownHtml()) : MarkdownRenderer.RawHtml.ESCAPE;
        return new CheckedSettings(options, rules, policy, failOn, formats, rawHtml);
    }

    private static FailOn failOn(String text) {
        try {
            return FailOn.parse(text);
        } catch (IllegalArgumentException wrong) {
            throw new BuildException(wrong.getMessage());
        }
    }

    private static Set<GraphFormat> graphFormats(BuildSettings.Graph graph) {
        try {
            return GraphFormat.parse(graph.formats());
        } catch (IllegalArgumentException wrong) {
            throw new BuildException(wrong.getMessage() + " (parameter formats, -Dmesh.graph.formats)");
        }
    }

    private static MarkdownRenderer.RawHtml rawHtml(String markdownHtml) {
        return switch (markdownHtml == null ? "escape" : markdownHtml.trim().toLowerCase(Locale.ROOT)) {
            case "escape" -> MarkdownRenderer.RawHtml.ESCAPE;
            case "safe" -> MarkdownRenderer.RawHtml.SAFE_SUBSET;
            default -> throw new BuildException("markdownHtml must be escape or safe; was '" + markdownHtml + "'");
        };
    }

    private static Pattern idPattern(String idPattern) {
        try {
            return Pattern.compile(idPattern == null ? BuildSettings.DEFAULT_ID_PATTERN : idPattern);
        } catch (PatternSyntaxException wrong) {
            throw new BuildException(
                    "idPattern '" + idPattern + "' is not a regular expression: " + wrong.getDescription());
        }
    }

    /** The policy of the build configuration, which overrides the mesh's {@code mesh-rules.yaml}. */
    private static RulePolicy configuredPolicy(BuildSettings.Policy configured) {
        List<Suppression> suppressions = new ArrayList<>();
        for (BuildSettings.Suppression suppression : configured.suppressions()) {
            String target = suppression.product() != null ? suppression.product() : suppression.contract();
            if (suppression.rule() == null
                    || target == null
                    || suppression.reason() == null
                    || suppression.reason().isBlank()) {
                throw new BuildException("Each <suppression> needs a <rule>, a <product> or <contract>, "
                        + "and a <reason> (shown on the quality page); got rule=" + suppression.rule() + ", target="
                        + target + ", reason=" + suppression.reason());
            }
            suppressions.add(new Suppression(suppression.rule(), target, suppression.reason(), null));
        }
        Map<String, String> levels = configured.severities();
        for (Map.Entry<String, String> level : levels.entrySet()) {
            if (!List.of("error", "warning", "info", RulePolicy.OFF)
                    .contains(level.getValue().trim().toLowerCase(Locale.ROOT))) {
                throw new BuildException("<severities><" + level.getKey() + "> is '" + level.getValue()
                        + "'; it must be one of error, warning, info, off");
            }
        }
        return new RulePolicy(levels, suppressions, List.of(), layering(configured.layering()));
    }

    private static Layering layering(BuildSettings.Layering layering) {
        if (layering == null) {
            return null;
        }
        var defaults = Layering.DEFAULT;
        List<String> order =
                layering.order() == null || layering.order().isEmpty() ? defaults.order() : layering.order();
        if (order.stream()
                        .map(kind -> kind.trim().toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                < order.size()) {
            throw new BuildException("<layering><order> names a kind twice: " + String.join(", ", order));
        }
        return new Layering(
                layering.property() == null || layering.property().isBlank()
                        ? defaults.property()
                        : layering.property().trim(),
                order);
    }
}
