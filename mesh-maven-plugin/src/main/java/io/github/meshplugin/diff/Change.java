package io.github.meshplugin.diff;

import io.github.meshplugin.model.Source;

/**
 * One difference between the baseline and the current contract. {@code element} names what changed in the
 * contract's own words ({@code orders.discount_code}, an SLA property, a port); {@code propertyPath} is the
 * property's dotted path below its object ({@code discount_code}, {@code address.city}) when the change is to
 * one property, else null, so field-level usage can tell who reads it. {@code summary} reads after the
 * contract's name: "removes property `orders.discount_code`". {@code source} is where to look in the current
 * files (the baseline's when the element is gone from the mesh).
 */
public record Change(ChangeType type, String element, String propertyPath, String summary, Source source) {

    public Impact impact() {
        return type.impact();
    }

    public boolean breaking() {
        return type.impact() == Impact.BREAKING;
    }
}
