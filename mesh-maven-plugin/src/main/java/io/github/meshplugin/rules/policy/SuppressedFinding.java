package io.github.meshplugin.rules.policy;

import io.github.meshplugin.finding.Finding;

/** A finding a suppression silenced, kept with the suppression's reason for the quality page. */
public record SuppressedFinding(Finding finding, Suppression suppression) {}
