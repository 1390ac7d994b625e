package io.github.meshplugin.build;

/**
 * Where a build tells what it does: one line per stage, the findings summary, what it wrote, and warnings. The
 * Maven goals pass their log; tests collect the lines.
 */
@FunctionalInterface
public interface BuildLog {

    BuildLog SILENT = (level, text) -> {};

    /** How much a line matters; the names are those of the findings' severities. */
    enum Level {
        ERROR,
        WARNING,
        INFO
    }

    void line(Level level, String text);

    default void info(String text) {
        line(Level.INFO, text);
    }

    default void warn(String text) {
        line(Level.WARNING, text);
    }
}
