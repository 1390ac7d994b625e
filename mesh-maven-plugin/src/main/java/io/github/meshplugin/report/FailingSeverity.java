package io.github.meshplugin.report;

import io.github.meshplugin.finding.Severity;

/**
 * Which findings count against {@link FailOn}. Kept beside the reports rather than in {@code FailOn} itself so the
 * reports and the build verdict read the same threshold; {@link FailOn#failure} applies the same rule.
 */
final class FailingSeverity {

    private FailingSeverity() {}

    static boolean fails(FailOn failOn, Severity severity) {
        return switch (failOn) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity.atLeast(Severity.WARNING);
            case NEVER -> false;
        };
    }
}
