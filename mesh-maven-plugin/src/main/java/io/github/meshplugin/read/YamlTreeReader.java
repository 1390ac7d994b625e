package io.github.meshplugin.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Scalar;
import io.github.meshplugin.read.YamlNode.ScalarType;
import io.github.meshplugin.read.YamlNode.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming YAML parser.
 *
 * <p>Jackson reports an alias as the anchor's name rather than its value, so anchors are resolved here, with a
 * cap on how many aliases a file may use: a tree that shares nodes is small in memory, but every later walk
 * over it would still expand a "billion laughs" document. Merge keys ({@code <<: *defaults}) are honoured.
 * Duplicate keys are reported, not silently overwritten.
 */
public final class YamlTreeReader {

    /** Enough for hand-written descriptors that reuse a block or two; far below anything that could blow up. */
    static final int MAX_ALIASES = 100;

    private static final int MAX_NESTING = 100;

    /**
     * The default budget of nodes a document may expand to: a 2 MB file written out without aliases stays below
     * it, while a reader's walk over this many nodes still takes well under a second.
     */
    public static final long DEFAULT_MAX_EXPANDED_NODES = 1_000_000;

    private final YAMLFactory factory;
    private final long maxExpandedNodes;

    public YamlTreeReader(int maxCodePoints) {
        this(maxCodePoints, DEFAULT_MAX_EXPANDED_NODES);
    }

    /** @param maxExpandedNodes how many nodes the document may hold with every alias expanded */
    public YamlTreeReader(int maxCodePoints, long maxExpandedNodes) {
        this.maxExpandedNodes = maxExpandedNodes;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(maxCodePoints);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .build())
                .build();
    }

    /** The tree of the first document in {@code text}, or empty when the text has errors (then in findings). */
    public Optional<YamlNode> read(String text, String file, List<Finding> findings) {
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode tree = new TreeBuilder((YAMLParser) parser, file, findings, maxExpandedNodes).node(first);
            secondDocument(parser, file, findings);
            return Optional.of(tree);
        } catch (AliasException alias) {
            findings.add(ReadRules.YAML_ALIASES.finding(alias.source, alias.getMessage(), alias.hint));
        } catch (JsonProcessingException syntax) {
            findings.add(tooDeep(syntax) ? tooDeepFinding(parser, file) : syntaxFinding(syntax, file));
        } catch (IOException | RuntimeException unreadable) {
            // SnakeYAML signals some limits (code points, nesting) with unchecked exceptions of its own.
            findings.add(
                    tooDeep(unreadable)
                            ? tooDeepFinding(parser, file)
                            : ReadRules.YAML_SYNTAX.finding(
                                    Source.file(file), "cannot parse YAML: " + firstLine(unreadable.getMessage())));
        } finally {
            close(parser);
        }
        return Optional.empty();
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // The text is in memory: closing releases nothing that could fail to be released.
            }
        }
    }

    /** Whether a parser gave up at its nesting limit; Jackson and SnakeYAML each have one, in their own words. */
    private static boolean tooDeep(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("nesting depth")) {
                return true;
            }
        }
        return false;
    }

    private static Finding tooDeepFinding(JsonParser parser, String file) {
        JsonLocation location = parser == null ? null : parser.currentLocation();
        Source source = location == null || location.getLineNr() < 1
                ? Source.file(file)
                : new Source(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
        return ReadRules.YAML_SYNTAX.finding(
                source,
                "the YAML here is nested more than " + MAX_NESTING
                        + " levels deep (lists and maps inside each other); it was not read",
                "Flatten the structure: no descriptor needs more than a few levels.");
    }

    /**
     * A file holds one descriptor: a second document ({@code ---} and more YAML) would be silently dropped by every
     * reader, so it is reported at its line. The first document is read all the same.
     */
    private static void secondDocument(JsonParser parser, String file, List<Finding> findings) throws IOException {
        try {
            JsonToken next = parser.nextToken();
            if (next != null) {
                JsonLocation location = parser.currentTokenLocation();
                findings.add(ReadRules.YAML_SYNTAX.finding(
                        new Source(file, location.getLineNr(), location.getColumnNr()),
                        "a second YAML document starts here; only the first document of a file is read",
                        "Keep one document per file: move this one to a file of its own, or remove the `---` line "
                                + "before it."));
            }
        } catch (JsonProcessingException syntax) {
            findings.add(syntaxFinding(syntax, file));
        }
    }

    private static Finding syntaxFinding(JsonProcessingException syntax, String file) {
        if (String.valueOf(syntax.getOriginalMessage()).contains("Expected a field name")) {
            // Valid YAML (`? [a, b]` makes a list the key), but no descriptor field can be named by a list or map.
            return ReadRules.YAML_SYNTAX.finding(
                    location(syntax, file),
                    "a key that is a list or map is not supported here",
                    "Write the key as plain text, as in `name: value`.");
        }
        Throwable cause = syntax.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return ReadRules.YAML_SYNTAX.finding(
                    new Source(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax error: " + plainWords(marked.getProblem() + " " + marked.getContext()));
        }
        return ReadRules.YAML_SYNTAX.finding(
                location(syntax, file),
                "YAML syntax error: " + plainWords(String.valueOf(syntax.getOriginalMessage())));
    }

    private static Source location(JsonProcessingException syntax, String file) {
        JsonLocation location = syntax.getLocation();
        return location == null
                ? Source.file(file)
                : new Source(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    /**
     * The parser's problem in the words of someone editing the file: its own ("expected &lt;block end&gt;, but
     * found '?'") name states of its grammar, not what to change in the text.
     */
    static String plainWords(String problem) {
        String text = problem.toLowerCase(Locale.ROOT);
        if (text.contains("'\\t'") || text.contains("\t")) {
            return "a tab is used for indentation here; YAML indents with spaces only";
        }
        if (text.contains("mapping values are not allowed")) {
            return "a `key: value` pair starts where it cannot: check this line's indentation, or quote a value "
                    + "that itself holds `: `";
        }
        if (text.contains("end of the stream") || text.contains("end of stream")) {
            return "the file ends before a quote or bracket opened above is closed";
        }
        if (text.contains("',' or ']'")) {
            return "a list in brackets `[...]` is not closed here, or two of its items lack a comma between them";
        }
        if (text.contains("',' or '}'")) {
            return "a map in braces `{...}` is not closed here, or two of its entries lack a comma between them";
        }
        if (text.contains("could not find expected ':'")) {
            return "a line above has a key without `:` after it, or a quote opened above is not closed";
        }
        if (text.contains("block end") || text.contains("expected key") || text.contains("block collection")) {
            return "this line is not indented like the lines it belongs with: entries of one map or list start "
                    + "in the same column";
        }
        if (text.contains("alias") || text.contains("anchor")) {
            return "an anchor (`&name`) or alias (`*name`) is not written as YAML allows";
        }
        if (text.contains("escape")) {
            return "a double-quoted value has a backslash escape YAML does not know; write `\\\\` for a "
                    + "backslash, or use single quotes";
        }
        if (text.contains("character")) {
            return "a character here cannot start a value; quote the value";
        }
        return "the text here is not valid YAML";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static final class AliasException extends RuntimeException {
        private final Source source;
        private final String hint;

        AliasException(String message, Source source) {
            this(message, source, ReadRules.YAML_ALIASES.fix());
        }

        AliasException(String message, Source source, String hint) {
            super(message);
            this.source = source;
            this.hint = hint;
        }
    }

    private static final class TreeBuilder {
        private final YAMLParser parser;
        private final String file;
        private final List<Finding> findings;
        private final long maxExpandedNodes;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        /** How many nodes each anchored node stands for once its own aliases are expanded. */
        private final Map<String, Long> anchoredSizes = new HashMap<>();

        private int aliases;
        private long expanded;
        private Source firstAlias;

        TreeBuilder(YAMLParser parser, String file, List<Finding> findings, long maxExpandedNodes) {
            this.parser = parser;
            this.file = file;
            this.findings = findings;
            this.maxExpandedNodes = maxExpandedNodes;
        }

        YamlNode node(JsonToken token) throws IOException {
            Source at = here();
            if (parser.isCurrentAlias()) {
                return alias(parser.getText(), at);
            }
            String anchor = parser.getObjectId();
            long before = expanded++;
            YamlNode node = switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> sequence(at);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Scalar(parser.getText(), ScalarType.NUMBER, at);
                case VALUE_TRUE, VALUE_FALSE -> new Scalar(parser.getText(), ScalarType.BOOLEAN, at);
                case VALUE_NULL -> new Scalar(null, ScalarType.NULL, at);
                default ->
                    emptyPlain()
                            ? new Scalar(null, ScalarType.NULL, at)
                            : new Scalar(parser.getText(), ScalarType.STRING, at);
            };
            if (anchor != null) {
                anchors.put(anchor, node);
                anchoredSizes.put(anchor, expanded - before);
            }
            return node;
        }

        /**
         * YAML reads a key with nothing after it ({@code status:}) as null, and the official schemas judge it so;
         * the parser hands it over as an empty string. A quoted {@code ""} spans its quotes, so it stays a string.
         */
        private boolean emptyPlain() throws IOException {
            return parser.getText().isEmpty()
                    && parser.currentTokenLocation().getCharOffset()
                            == parser.currentLocation().getCharOffset();
        }

        private YamlNode alias(String anchor, Source at) {
            if (firstAlias == null) {
                firstAlias = at;
            }
            if (++aliases > MAX_ALIASES) {
                throw new AliasException(
                        "more than " + MAX_ALIASES + " YAML aliases in one file; the file was not read", firstAlias);
            }
            YamlNode target = anchors.get(anchor);
            if (target == null) {
                throw new AliasException("alias *" + anchor + " refers to no anchor defined before it", at);
            }
            expanded += anchoredSizes.get(anchor);
            if (expanded > maxExpandedNodes) {
                throw new AliasException(
                        "the YAML aliases of this file expand to more than " + maxExpandedNodes + " values (the "
                                + "first alias is here); the file was not read",
                        firstAlias,
                        "Write the repeated values out instead of nesting aliases in aliases, or raise the limit "
                                + "with the `maxYamlNodes` parameter.");
            }
            return target;
        }

        private Mapping mapping(Source at) throws IOException {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Source> keys = new LinkedHashMap<>();
            Set<String> merged = new HashSet<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                String key = parser.currentName();
                Source keyAt = here();
                YamlNode value = node(parser.nextToken());
                if ("<<".equals(key) && value instanceof Mapping defaults) {
                    defaults.entries().forEach((name, inherited) -> {
                        if (entries.putIfAbsent(name, inherited) == null) {
                            keys.put(name, defaults.keys().get(name));
                            merged.add(name);
                        }
                    });
                    continue;
                }
                if (keys.containsKey(key) && !merged.remove(key)) {
                    Source first = keys.get(key);
                    findings.add(ReadRules.DUPLICATE_KEY.finding(
                            keyAt,
                            "key `" + key + "` appears twice in " + "this map (first at line " + first.line()
                                    + "); the second value is used"));
                }
                entries.put(key, value);
                keys.put(key, keyAt);
            }
            return new Mapping(entries, keys, at);
        }

        private Sequence sequence(Source at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(token));
            }
            return new Sequence(items, at);
        }

        private Source here() {
            JsonLocation location = parser.currentTokenLocation();
            return new Source(file, location.getLineNr(), location.getColumnNr());
        }
    }
}
