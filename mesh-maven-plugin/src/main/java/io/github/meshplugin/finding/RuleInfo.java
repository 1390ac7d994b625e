package io.github.meshplugin.finding;

import io.github.meshplugin.model.Source;

/**
 * What a rule is, for people: its stable id, default severity, a one-line title, why it matters, how to fix
 * what it reports, and an example of input that breaks it (YAML, or null where a file cannot show it). The
 * catalog renders one page per rule from this.
 */
public record RuleInfo(
        String id, Severity defaultSeverity, String title, String rationale, String fix, String example) {

    public RuleInfo(String id, Severity defaultSeverity, String title, String rationale, String fix) {
        this(id, defaultSeverity, title, rationale, fix, null);
    }

    public Finding finding(Source source, String message) {
        return new Finding(id, defaultSeverity, source, null, message, fix);
    }

    public Finding finding(Source source, String message, String hint) {
        return new Finding(id, defaultSeverity, source, null, message, hint);
    }
}
