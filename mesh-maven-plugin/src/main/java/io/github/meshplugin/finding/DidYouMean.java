package io.github.meshplugin.finding;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The allowed word closest to a mistyped one, when it is close enough to be a typo: one edit in a short word, two
 * in a longer one, three in a long one: a field name, an enum value, a contract or team id. Case is ignored ({@code String} suggests {@code string}); swapping two
 * neighbouring letters counts as one edit, as it is one slip of the fingers.
 */
public final class DidYouMean {

    private DidYouMean() {}

    public static Optional<String> closest(String typed, Collection<String> allowed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (candidate.equals(typed)) {
                continue;
            }
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= tolerance(candidate) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int tolerance(String word) {
        return word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
