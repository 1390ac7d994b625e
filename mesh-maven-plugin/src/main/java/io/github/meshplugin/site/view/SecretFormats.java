package io.github.meshplugin.site.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Well-known formats of credentials, hidden wherever the catalog publishes text (pages, catalog.json, product
 * JSON, the search index, llms.txt): people paste tokens into descriptions, examples and custom properties, and a
 * published catalog is read far beyond the team that wrote them. Each format is recognised by its own shape, so
 * ordinary text is left alone:
 *
 * <ul>
 *   <li>GitHub tokens ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_})
 *   <li>GitLab personal access tokens ({@code glpat-})
 *   <li>Slack tokens ({@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxr-}, {@code xoxs-}, {@code xoxe-})
 *       and incoming webhook URLs ({@code https://hooks.slack.com/services/...})
 *   <li>AWS secret access keys (40 characters of base64 next to a secret's name or holding {@code /} or
 *       {@code +}); access key ids ({@code AKIA...}) are hidden by {@link ServerSecrets}
 *   <li>Google API keys ({@code AIza...}), Stripe live keys ({@code sk_live_}, {@code rk_live_})
 *   <li>JSON Web Tokens ({@code eyJ...}.{@code eyJ...}.signature)
 *   <li>{@code Basic} authorization values (base64 of {@code user:password}) and {@code Bearer} tokens
 *   <li>the value of a key named {@code pw}, {@code pwd}, {@code passwd} or {@code password}
 * </ul>
 */
public final class SecretFormats {

    /**
     * Each format with the text it cannot occur without: a page is searched once for all of those texts
     * ({@link SecretClues}), and a format's expression runs only where its text occurs. Hiding runs over every published
     * byte, and running a dozen expressions that start with {@code \\b} at every position of every page cost more
     * than rendering the pages.
     */
    private static final List<Format> WHOLE = List.of(
            new Format("\\bgh[opusr]_[A-Za-z0-9]{36,255}\\b", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            new Format("\\bgithub_pat_[A-Za-z0-9_]{22,255}", "github_pat_"),
            new Format("\\bglpat-[A-Za-z0-9_-]{20,}", "glpat-"),
            new Format("\\bxox[abprse]-[A-Za-z0-9-]{10,}", "xox"),
            new Format(
                    "(?i)\\bhttps?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+",
                    "hooks.slack.com"),
            new Format("\\bAIza[0-9A-Za-z_-]{35}\\b", "AIza"),
            new Format("\\b[sr]k_live_[0-9A-Za-z]{10,}", "k_live_"),
            new Format("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}", ".eyJ"));

    /** An expression and the texts one of which every match contains. */
    private record Format(Pattern pattern, List<String> clues) {

        Format(String expression, String... clues) {
            this(Pattern.compile(expression), List.of(clues));
        }

        /** Whether the expression ignores case, as its clues then do: ASCII letters only, as Java's {@code (?i)}. */
        boolean ignoresCase() {
            return pattern.pattern().startsWith("(?i)");
        }
    }

    /** The formats after {@link #WHOLE}, each with its place in the mask {@link SecretClues#in} returns. */
    private static final int PASSWORD = WHOLE.size();

    private static final int BASIC_VALUE = PASSWORD + 1;
    private static final int BEARER_VALUE = PASSWORD + 2;
    private static final int AWS_SECRET = PASSWORD + 3;

    private static final SecretClues CLUES = new SecretClues(clues(), AWS_SECRET);

    private static List<SecretClues.Clue> clues() {
        List<SecretClues.Clue> clues = new ArrayList<>();
        for (int format = 0; format < WHOLE.size(); format++) {
            for (String clue : WHOLE.get(format).clues()) {
                clues.add(new SecretClues.Clue(clue, WHOLE.get(format).ignoresCase(), format));
            }
        }
        clues.add(new SecretClues.Clue("pw", true, PASSWORD));
        clues.add(new SecretClues.Clue("passw", true, PASSWORD));
        clues.add(new SecretClues.Clue("basic", true, BASIC_VALUE));
        clues.add(new SecretClues.Clue("bearer", true, BEARER_VALUE));
        return clues;
    }

    /** A value after a key that names a password: {@code pw: x}, {@code "pwd" : "x"}, {@code passwd=x}. */
    private static final Pattern PASSWORD_PAIR = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_])(\"?(?:pw|pwd|passwd|password)\"?\\s*[=:]\\s*)(\"[^\"\\\\]*\"|[^\\s;&,\"'<]+)");

    private static final Pattern BASIC =
            Pattern.compile("(?i)\\b(Basic\\s+)([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer\\s+)([A-Za-z0-9._~+/-]{16,}=*)");
    private static final Pattern BASE64_40 = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
    private static final int SECRET_NAME_REACH = 120;

    /** Names of settings whose whole value is a secret, once case and separators are ignored. */
    private static final Set<String> SECRET_KEYS = Set.of(
            "pw",
            "pwd",
            "passwd",
            "password",
            "pass",
            "secret",
            "token",
            "apikey",
            "apitoken",
            "accesstoken",
            "clientsecret",
            "secretaccesskey",
            "privatekey");

    private SecretFormats() {}

    /** Whether a key (a custom property's name) says its value is a secret: {@code pw}, {@code api_key}, ... */
    public static boolean isSecretKey(String key) {
        return key != null && SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    /** {@code text} with every credential of a known format replaced by {@link ServerSecrets#HIDDEN}. */
    public static String hide(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int found = CLUES.in(text.getBytes(StandardCharsets.UTF_8));
        return found == 0 ? text : hide(text, found);
    }

    /** The published bytes of a page or export (UTF-8 text) with credentials hidden. */
    public static byte[] hide(byte[] utf8) {
        int found = CLUES.in(utf8);
        if (found == 0) {
            return utf8;
        }
        String text = new String(utf8, StandardCharsets.UTF_8);
        String hidden = hide(text, found);
        return hidden.equals(text) ? utf8 : hidden.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} with the formats whose clues {@code found} holds hidden. */
    private static String hide(String text, int found) {
        String hidden = text;
        for (int format = 0; format < WHOLE.size(); format++) {
            if (has(found, format)) {
                hidden = WHOLE.get(format)
                        .pattern()
                        .matcher(hidden)
                        .replaceAll(Matcher.quoteReplacement(ServerSecrets.HIDDEN));
            }
        }
        if (has(found, PASSWORD)) {
            hidden = PASSWORD_PAIR
                    .matcher(hidden)
                    .replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                            + (match.group(2).startsWith("\"")
                                    ? "\"" + ServerSecrets.HIDDEN + "\""
                                    : ServerSecrets.HIDDEN)));
        }
        if (has(found, BASIC_VALUE)) {
            hidden = BASIC.matcher(hidden)
                    .replaceAll(match -> Matcher.quoteReplacement(
                            userAndPassword(match.group(2)) ? match.group(1) + ServerSecrets.HIDDEN : match.group()));
        }
        if (has(found, BEARER_VALUE)) {
            hidden = BEARER.matcher(hidden)
                    .replaceAll(match -> Matcher.quoteReplacement(
                            match.group(2).chars().anyMatch(Character::isDigit)
                                    ? match.group(1) + ServerSecrets.HIDDEN
                                    : match.group()));
        }
        // Hiding an earlier format may have cut a run of 40, or joined one: what is left is looked at again, unless
        // nothing was hidden (replaceAll gives back the same string when nothing matched).
        boolean awsShaped = hidden == text
                ? has(found, AWS_SECRET)
                : has(CLUES.in(hidden.getBytes(StandardCharsets.UTF_8)), AWS_SECRET);
        if (!awsShaped) {
            return hidden;
        }
        String before = hidden;
        return BASE64_40
                .matcher(hidden)
                .replaceAll(match -> Matcher.quoteReplacement(
                        awsSecret(match.group(), before, match.start()) ? ServerSecrets.HIDDEN : match.group()));
    }

    private static boolean has(int found, int format) {
        return (found & (1 << format)) != 0;
    }

    /** "Basic information" is prose; "Basic dXNlcjpwYXNz" is base64 of {@code user:pass}. */
    private static boolean userAndPassword(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).indexOf(':') > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Mixed letters and digits, and either a base64 symbol or a secret's name just before it. */
    private static boolean awsSecret(String candidate, String text, int at) {
        boolean mixed = candidate.chars().anyMatch(Character::isUpperCase)
                && candidate.chars().anyMatch(Character::isLowerCase)
                && candidate.chars().anyMatch(Character::isDigit);
        if (!mixed) {
            return false;
        }
        if (candidate.indexOf('/') >= 0 || candidate.indexOf('+') >= 0) {
            return true;
        }
        String near = text.substring(Math.max(0, at - SECRET_NAME_REACH), at).toLowerCase(Locale.ROOT);
        return near.contains("secret") || near.contains("aws");
    }
}
