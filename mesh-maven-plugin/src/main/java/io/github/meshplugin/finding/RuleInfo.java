package io.github.meshplugin.finding;

/**
 * What a rule is, for people: its stable id, default severity, a one-line summary, why it matters and how
 * to fix what it reports. The catalog site renders one page per rule from this.
 */
public record RuleInfo(String id, Severity defaultSeverity, String title, String rationale, String fix) {

    public Finding finding(io.github.meshplugin.model.Source source, String message) {
        return new Finding(id, defaultSeverity, source, null, message, fix);
    }

    public Finding finding(io.github.meshplugin.model.Source source, String message, String hint) {
        return new Finding(id, defaultSeverity, source, null, message, hint);
    }
}
