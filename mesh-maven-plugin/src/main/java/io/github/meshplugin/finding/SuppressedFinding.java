package io.github.meshplugin.finding;

/** A finding a suppression silenced, kept with the suppression's reason for the quality page. */
public record SuppressedFinding(Finding finding, Suppression suppression) {}
