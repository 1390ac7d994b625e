package io.github.meshplugin.graph.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The files {@code mesh:graph} can write; each is written at product and at domain level. */
public enum GraphFormat {
    DOT("dot"),
    MERMAID("mmd"),
    GRAPHML("graphml"),
    JSON("json");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    /** The format's name in the {@code formats} parameter. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    /** The valid words, in order, for messages. */
    public static String valid() {
        return Arrays.stream(values()).map(GraphFormat::word).collect(Collectors.joining(", "));
    }

    /**
     * The formats named in {@code words} (case and blanks ignored; entries may themselves be comma-separated).
     *
     * @throws IllegalArgumentException naming the unknown word and the valid ones, or when nothing is named
     */
    public static Set<GraphFormat> parse(List<String> words) {
        Set<GraphFormat> formats = EnumSet.noneOf(GraphFormat.class);
        for (String entry : words == null ? List.<String>of() : words) {
            for (String word : entry.split(",")) {
                String wanted = word.trim().toLowerCase(Locale.ROOT);
                if (wanted.isEmpty()) {
                    continue;
                }
                formats.add(Arrays.stream(values())
                        .filter(format -> format.word().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Unknown graph format '" + word.trim() + "'; the valid formats are " + valid())));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No graph format given; the valid formats are " + valid());
        }
        return formats;
    }
}
