package io.github.meshplugin.model;

/** One ODCS service-level property (latency, retention, frequency, ...), value and unit kept as written. */
public record SlaProperty(String property, String value, String unit, String element, String driver, Source source) {}
