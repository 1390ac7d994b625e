package io.github.meshplugin.finding;

import java.util.Locale;

/** How bad a finding is. Ordered from worst to mildest, so sorting puts errors first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
