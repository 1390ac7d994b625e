package io.github.meshplugin.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which ODCS property markings mean "personal data". ODCS has no PII field of its own, so the catalog reads
 * a property's {@code tags} and {@code classification}; both sets are configurable, compared case-insensitively.
 */
public record PiiPolicy(Set<String> tags, Set<String> classifications) {

    public static final PiiPolicy DEFAULT =
            new PiiPolicy(Set.of("pii", "personal-data", "gdpr"), Set.of("pii", "personal", "sensitive"));

    public PiiPolicy {
        tags = lower(tags);
        classifications = lower(classifications);
    }

    public boolean isPii(List<String> propertyTags, String classification) {
        return propertyTags.stream().anyMatch(tag -> tags.contains(tag.toLowerCase(Locale.ROOT)))
                || classification != null && classifications.contains(classification.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
