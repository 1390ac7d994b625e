package io.github.meshplugin.policy;

import io.github.meshplugin.model.DataProduct;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A layering policy: the kinds of products in order, and which custom property names a product's kind. A product
 * may read products of its own kind or of a kind listed before it, never one listed after: with the default
 * order a source-aligned product may not read an aggregate or consumer-aligned one, and an aggregate may not read
 * a consumer-aligned one. A product names its kind with the custom property (default {@code alignment}) or, when
 * it has none, with a tag equal to one of the kinds; a product without a kind is not checked.
 */
public record Layering(String property, List<String> order) {

    public static final Layering DEFAULT =
            new Layering("alignment", List.of("source-aligned", "aggregate", "consumer-aligned"));

    public Layering {
        order = order.stream().map(Layering::normalise).toList();
    }

    /** The product's kind as written (normalised to lower case), if it declares one. */
    public Optional<String> kindOf(DataProduct product) {
        String declared = product.customProperties().get(property);
        if (declared != null && !declared.isBlank()) {
            return Optional.of(normalise(declared));
        }
        return product.tags().stream()
                .map(Layering::normalise)
                .filter(order::contains)
                .findFirst();
    }

    /** Whether {@code order} names a kind twice (ignoring case and surrounding blanks): such a policy is refused. */
    public static boolean namesAKindTwice(List<String> order) {
        return order.stream().map(Layering::normalise).distinct().count() < order.size();
    }

    /** The kind's position in the order, or -1 when the policy does not know it. */
    public int rank(String kind) {
        return order.indexOf(kind);
    }

    private static String normalise(String kind) {
        return kind.trim().toLowerCase(Locale.ROOT);
    }
}
