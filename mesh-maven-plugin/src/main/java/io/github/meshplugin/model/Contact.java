package io.github.meshplugin.model;

/** A support or communication channel (ODPS/ODCS {@code support} item): where to ask about the data. */
public record Contact(String channel, String tool, String url, String scope, String description) {}
