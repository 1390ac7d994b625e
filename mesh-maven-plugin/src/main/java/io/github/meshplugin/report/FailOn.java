package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The severity at which a build stops: any error, any warning, or never. */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public static FailOn parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new IllegalArgumentException("failOn must be one of error, warning, never; was '" + text + "'");
        }
    }

    /** Why the build fails, or empty when it passes. */
    public Optional<String> failure(List<Finding> findings) {
        if (this == NEVER) {
            return Optional.empty();
        }
        Severity threshold = this == ERROR ? Severity.ERROR : Severity.WARNING;
        long failing =
                findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (failing == 0) {
            return Optional.empty();
        }
        String what = this == ERROR
                ? (failing == 1 ? "error" : "errors")
                : (failing == 1 ? "error or warning" : "errors or warnings");
        return Optional.of("The mesh has " + failing + " " + what + " (failOn=" + name().toLowerCase(Locale.ROOT)
                + "); see the findings above.");
    }
}
