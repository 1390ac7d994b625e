package io.github.meshplugin.model;

/**
 * An ODCS data quality rule, kept in the words a reader needs: what it measures ({@code metric}, {@code rule}
 * or a query), its threshold in readable form ("mustBeGreaterThan 1000") and how severe a breach is.
 */
public record QualityRule(
        String name,
        String type,
        String metric,
        String dimension,
        String severity,
        String description,
        String expectation,
        String query,
        Source source) {

    public String title() {
        if (name != null) {
            return name;
        }
        if (metric != null) {
            return metric;
        }
        return type != null ? type : "rule";
    }
}
