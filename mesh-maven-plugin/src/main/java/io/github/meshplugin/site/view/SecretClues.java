package io.github.meshplugin.site.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over the UTF-8 bytes of a text, which credential formats' clues it holds, and whether it holds
 * a run of exactly 40 base64 characters, not next to another or to {@code =}, with upper and lower case letters and
 * a digit (the shape of an AWS secret key). Every clue and every base64 character is ASCII, and no byte of a
 * multi-byte UTF-8 character is, so the bytes tell as much as the text. {@link SecretFormats} runs a format's
 * expression only on a text that holds its clue.
 */
final class SecretClues {

    /**
     * For each pair of bytes, the clues that start with it, or null: most pairs start none, so the first two
     * bytes rule a position out with one look-up (a table of the first byte alone sent every {@code p}, {@code b}
     * and {@code g} of a page to a comparison).
     */
    private final Clue[][] byFirstTwoBytes = new Clue[1 << 16][];

    private final int awsSecret;

    private static final boolean[] BASE64 = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            BASE64[b] = isBase64((byte) b);
        }
    }

    /** A text one of the formats cannot occur without; {@code format} is its bit in what {@link #in} returns. */
    record Clue(byte[] text, boolean ignoresCase, int format) {

        Clue(String text, boolean ignoresCase, int format) {
            this(text.getBytes(StandardCharsets.US_ASCII), ignoresCase, format);
        }

        boolean at(byte[] bytes, int start) {
            if (start + text.length > bytes.length) {
                return false;
            }
            for (int i = 0; i < text.length; i++) {
                byte b = bytes[start + i];
                if (b != text[i] && !(ignoresCase && isAsciiLetter(b) && (b | 0x20) == text[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @param awsSecret the bit of a 40-character run shaped like an AWS secret key */
    SecretClues(List<Clue> clues, int awsSecret) {
        this.awsSecret = awsSecret;
        Map<Integer, List<Clue>> starting = new HashMap<>();
        for (Clue clue : clues) {
            for (int first : spellings(clue.text()[0], clue.ignoresCase())) {
                for (int second : spellings(clue.text()[1], clue.ignoresCase())) {
                    starting.computeIfAbsent(first << 8 | second, pair -> new ArrayList<>())
                            .add(clue);
                }
            }
        }
        starting.forEach((pair, those) -> byFirstTwoBytes[pair] = those.toArray(Clue[]::new));
    }

    /** The byte, and in a clue that ignores case its capital too. */
    private static int[] spellings(byte b, boolean ignoresCase) {
        return ignoresCase && isAsciiLetter(b) ? new int[] {b & 0xff, b & ~0x20 & 0xff} : new int[] {b & 0xff};
    }

    /** The bits of the formats whose clues {@code bytes} holds. */
    int in(byte[] bytes) {
        int found = 0;
        int length = bytes.length;
        int run = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (BASE64[b]) {
                run++;
            } else {
                found |= awsShapedRunBefore(bytes, i, run);
                run = 0;
            }
            if (i + 1 < length) {
                Clue[] candidates = byFirstTwoBytes[b << 8 | bytes[i + 1] & 0xff];
                if (candidates != null) {
                    for (Clue clue : candidates) {
                        if (clue.at(bytes, i)) {
                            found |= 1 << clue.format();
                        }
                    }
                }
            }
        }
        return found | awsShapedRunBefore(bytes, length, run);
    }

    /** The AWS flag when the {@code run} base64 bytes before {@code end} are 40, mixed, not next to {@code =}. */
    private int awsShapedRunBefore(byte[] bytes, int end, int run) {
        if (run != 40) {
            return 0;
        }
        int start = end - run;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            byte c = bytes[i];
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        boolean padded = start > 0 && bytes[start - 1] == '=' || end < bytes.length && bytes[end] == '=';
        return upper && lower && digit && !padded ? 1 << awsSecret : 0;
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private static boolean isBase64(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '/' || b == '+';
    }
}
