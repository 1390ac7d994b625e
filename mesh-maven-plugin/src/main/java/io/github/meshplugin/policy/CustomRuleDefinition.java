package io.github.meshplugin.policy;

import com.google.re2j.Pattern;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import java.util.List;

/**
 * A rule a platform team declares in {@code mesh-rules.yaml} without writing Java: products or contracts must
 * carry a custom property, carry a tag, or have a field that matches a pattern. This is the declaration; the rule
 * that checks a mesh against it is built from it by the rule set. A pattern is an RE2 expression: whoever edits
 * mesh-rules.yaml cannot write one whose matching takes exponential time (Java's backtracking engine spends
 * longer than a build may run on {@code (.*a){20}} against 41 characters); RE2 matches in time linear in the
 * text, at the price of backreferences and lookaround.
 */
public record CustomRuleDefinition(RuleInfo info, Target appliesTo, Check check, String name, Pattern pattern) {

    public enum Target {
        PRODUCT,
        CONTRACT
    }

    public enum Check {
        CUSTOM_PROPERTY,
        TAG,
        FIELD_PATTERN
    }

    /** The fields a pattern can be checked against; they are the ones both standards have. */
    public static final List<String> FIELDS = List.of("id", "name", "version", "domain");

    public static CustomRuleDefinition of(
            String id, Severity severity, String title, Target target, Check check, String name, Pattern pattern) {
        String what = target == Target.PRODUCT ? "product descriptor" : "contract";
        String fix = switch (check) {
            case CUSTOM_PROPERTY ->
                "Add `customProperties: [{property: " + name + ", value: ...}]` to the " + what + ".";
            case TAG -> "Add `" + name + "` to the " + what + "'s `tags`.";
            case FIELD_PATTERN -> "Change `" + name + "` so that it matches " + pattern.pattern() + ".";
        };
        String example = switch (check) {
            case CUSTOM_PROPERTY -> "customProperties: []   # no `" + name + "`";
            case TAG -> "tags: [other]   # no `" + name + "`";
            case FIELD_PATTERN -> name + ": value that does not match";
        };
        return new CustomRuleDefinition(
                new RuleInfo(id, severity, title, "A policy of this mesh, declared in mesh-rules.yaml.", fix, example),
                target,
                check,
                name,
                pattern);
    }
}
