package io.github.meshplugin.site.render;

/** Text and attribute values for hand-written XML (SVG): escaped, and stripped of what XML cannot carry. */
final class Xml {

    private Xml() {}

    /**
     * Escapes markup characters and quotes, and replaces characters XML 1.0 forbids (control characters, lone
     * surrogates) with U+FFFD, so any text from a user file keeps the document well-formed.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToChange(text);
        if (first == text.length()) {
            // Most names and titles need nothing: no copy is made of them.
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The index of the first character {@link #escape} replaces, or the text's length when there is none. */
    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0xD800) {
                return i;
            }
        }
        return text.length();
    }
}
