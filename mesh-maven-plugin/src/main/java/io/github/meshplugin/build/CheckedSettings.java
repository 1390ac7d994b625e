package io.github.meshplugin.build;

import io.github.meshplugin.graph.export.GraphFormat;
import io.github.meshplugin.policy.ConfiguredPolicy;
import io.github.meshplugin.policy.PolicyConfigurationException;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.report.FailOn;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.site.render.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
                reading.maxYamlNodes(),
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
        BuildSettings.Layering layering = configured.layering();
        try {
            return ConfiguredPolicy.of(
                    configured.severities(),
                    configured.suppressions().stream()
                            .map(s -> new ConfiguredPolicy.SuppressionSetting(
                                    s.rule(), s.product(), s.contract(), s.reason()))
                            .toList(),
                    layering == null
                            ? null
                            : new ConfiguredPolicy.LayeringSetting(layering.property(), layering.order()));
        } catch (PolicyConfigurationException wrong) {
            throw new BuildException(wrong.getMessage());
        }
    }
}
