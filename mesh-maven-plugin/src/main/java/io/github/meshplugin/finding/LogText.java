package io.github.meshplugin.finding;

/**
 * Text from the mesh's files made safe for one line of a log. A product id, a status or a file name is written
 * by whoever commits to the mesh: a line break in it would let it print a line of its own, and a CI system
 * reading the log (GitHub Actions' {@code ::error ...::} commands, for one) would take that line for an
 * instruction. Control characters could also hide or rewrite what a terminal shows. So every character that is
 * not printable is shown as an escape ({@code \n}, {@code \t}, {@code \u0008}): the log shows what was written,
 * on the one line it belongs to.
 */
public final class LogText {

    private LogText() {}

    /** {@code text} with line breaks, control, format and separator characters escaped; null as {@code null}. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                escaped.append(replacement == null ? String.valueOf(c) : replacement);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean unsafe = Character.isISOControl(c)
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                // Bidirectional overrides and zero-width characters make a line read other than it is.
                || type == Character.FORMAT;
        return unsafe ? String.format("\\u%04X", (int) c) : null;
    }
}
