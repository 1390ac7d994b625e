package io.github.meshplugin.result;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Source;

/**
 * A finding a suppression set aside, with the suppression's target and reason and where it was written
 * ({@code source} null when it came from the plugin's configuration), so an output can show it and say why.
 */
public record Silenced(Finding finding, String target, String reason, Source source) {}
