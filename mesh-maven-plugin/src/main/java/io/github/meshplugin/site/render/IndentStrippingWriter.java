package io.github.meshplugin.site.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * Passes HTML through without the indentation and blank lines the templates are written with: a tenth of a
 * contract page was leading spaces. A browser shows the page as before, since a newline is kept wherever the
 * template had one and whitespace between tags collapses to one space anyway.
 *
 * <p>What whitespace means something is passed as it is: the content of {@code pre}, {@code textarea},
 * {@code script} and {@code style}, quoted attribute values (a multi-line title or data attribute), and comments.
 * The filter never buffers more than a tag name, so a page still streams from the template to its bytes.
 */
final class IndentStrippingWriter extends Writer {

    /** Elements whose text is shown or run with its whitespace. */
    private static final Set<String> RAW_ELEMENTS = Set.of("pre", "textarea", "script", "style");

    private static final int LONGEST_RAW_NAME = "textarea".length();

    private enum State {
        TEXT,
        TAG_NAME,
        TAG,
        QUOTED,
        COMMENT,
        RAW
    }

    private final Writer out;
    private State state = State.TEXT;
    private boolean lineStart;
    private final StringBuilder tagName = new StringBuilder();
    private boolean closingTag;
    private char quote;
    private String rawEnd;
    private int matched;

    IndentStrippingWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        // Runs of characters that are passed through go out in one call, not one call per character.
        int run = offset;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (lineStart && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                out.write(chars, run, i - run);
                run = i + 1;
                continue;
            }
            lineStart = false;
            step(c);
        }
        out.write(chars, run, end - run);
    }

    /** Follows the markup one character at a time, deciding where the next line's indentation may go. */
    private void step(char c) {
        switch (state) {
            case TEXT -> {
                if (c == '\n') {
                    lineStart = true;
                } else if (c == '<') {
                    state = State.TAG_NAME;
                    tagName.setLength(0);
                    closingTag = false;
                }
            }
            case TAG_NAME -> nameOrTag(c);
            case TAG -> tag(c);
            case QUOTED -> {
                if (c == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> {
                // The comment ends at "-->": matched counts the dashes just seen.
                if (c == '>' && matched >= 2) {
                    state = State.TEXT;
                }
                matched = c == '-' ? matched + 1 : 0;
            }
            case RAW -> raw(c);
        }
    }

    private void nameOrTag(char c) {
        if (tagName.isEmpty() && c == '/' && !closingTag) {
            closingTag = true;
        } else if (Character.isLetterOrDigit(c) || c == '!' || c == '-') {
            tagName.append(c);
            if (tagName.length() == 3 && "!--".contentEquals(tagName)) {
                state = State.COMMENT;
                matched = 0;
            }
        } else if (tagName.isEmpty()) {
            // A "<" that starts no tag is text.
            state = State.TEXT;
            lineStart = c == '\n';
        } else {
            state = State.TAG;
            tag(c);
        }
    }

    private void tag(char c) {
        if (c == '\n') {
            // Attributes on lines of their own lose their indentation too.
            lineStart = true;
        } else if (c == '"' || c == '\'') {
            quote = c;
            state = State.QUOTED;
        } else if (c == '>') {
            String name =
                    tagName.length() <= LONGEST_RAW_NAME ? tagName.toString().toLowerCase(Locale.ROOT) : "";
            if (!closingTag && RAW_ELEMENTS.contains(name)) {
                state = State.RAW;
                rawEnd = "</" + name;
                matched = 0;
            } else {
                state = State.TEXT;
            }
        }
    }

    /** Inside a raw element everything passes until its end tag, matched without regard to case. */
    private void raw(char c) {
        if (Character.toLowerCase(c) == rawEnd.charAt(matched)) {
            matched++;
            if (matched == rawEnd.length()) {
                state = State.TAG;
                tagName.setLength(0);
                closingTag = true;
            }
        } else {
            matched = c == '<' ? 1 : 0;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
