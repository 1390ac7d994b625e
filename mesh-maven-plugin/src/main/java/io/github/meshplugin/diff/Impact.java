package io.github.meshplugin.diff;

import java.util.Locale;

/** What a change means for the products that read a contract. */
public enum Impact {
    /** Some consumer's reads or assumptions stop working. */
    BREAKING,
    /** Compatible in form, but a consumer may depend on what changed: a person should look. */
    NEEDS_REVIEW,
    /** Every consumer keeps working. */
    NON_BREAKING;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
