package io.github.meshplugin.model;

import java.util.Locale;

/** Lifecycle of a product or contract, as the ODPS and ODCS standards name it. */
public enum Status {
    PROPOSED,
    DRAFT,
    ACTIVE,
    DEPRECATED,
    RETIRED,
    UNKNOWN;

    public static Status parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAStatus) {
            return UNKNOWN;
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
