package io.github.meshplugin.finding;

import io.github.meshplugin.model.Source;
import java.util.Comparator;

/**
 * One problem found in the mesh, produced once and read by every output (console, reports, site).
 * {@code subject} is the id of the product the finding belongs to, or null when it belongs to no product
 * (a team file, a domain file, a file outside any product folder).
 */
public record Finding(String ruleId, Severity severity, Source source, String subject, String message, String hint) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::source)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding withSubject(String productId) {
        return new Finding(ruleId, severity, source, productId, message, hint);
    }

    /**
     * One line in the form compilers use, so IDEs and CI logs link it: {@code file:line:col: error [ID] msg}. Always
     * one line: what the mesh's files wrote is escaped (see {@link LogText}).
     */
    public String oneLine() {
        return LogText.escape(source.location()) + ": " + severity.label() + " [" + LogText.escape(ruleId) + "] "
                + LogText.escape(message);
    }
}
