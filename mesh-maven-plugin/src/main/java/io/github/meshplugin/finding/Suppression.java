package io.github.meshplugin.finding;

import io.github.meshplugin.model.Source;

/**
 * Silences one rule for one product or contract. The reason is required and shown on the quality page, so a
 * suppression is a documented decision, never a hidden one. {@code target} is a product id or a contract id.
 */
public record Suppression(String ruleId, String target, String reason, Source source) {}
