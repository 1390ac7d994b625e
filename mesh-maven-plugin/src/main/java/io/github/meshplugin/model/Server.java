package io.github.meshplugin.model;

import java.util.List;

/**
 * One entry of an ODCS contract's {@code servers}: where the data lives. {@code settings} are every other field
 * of the entry as written (host, port, database, roles, custom properties...), flattened to dotted keys in
 * document order. Values are kept as written, secrets included: whoever shows a server decides what to hide.
 */
public record Server(
        String server, String type, String environment, String description, List<Setting> settings, Source source) {

    public Server {
        settings = List.copyOf(settings);
    }

    /** A field of the server entry: {@code host}, {@code roles[0].role}, or a custom property's name. */
    public record Setting(String key, String value) {}
}
