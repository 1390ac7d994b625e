package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Server;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what a published catalog must not show of a contract's servers: a setting whose name says it is a
 * secret (password, token, key, credentials...) is hidden whole; inside any other value, the user and password
 * of a URL ({@code postgres://user:pw@host}), the secret parts of a connection string ({@code Password=...;}),
 * private keys and cloud access key ids are hidden, and the rest (host, port, database) stays readable.
 */
public final class ServerSecrets {

    /** What stands in for a hidden value. */
    public static final String HIDDEN = "••••••";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "password|passwd|passphrase|^pass$|^pw$|pwd|secret|token|apikey|accesskey|accountkey|privatekey|sharedkey|signingkey"
                    + "|credential|auth|bearer|cookie|signature|sas|clientkey|sessionkey|^key$|keyfile|keystore"
                    + "|connectionstring|connstr|dsn|jdbcurl");
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");
    /** {@code user:password@host} written without a scheme. */
    private static final Pattern BARE_USER_INFO = Pattern.compile("(?<![\\w:/.-])[\\w.-]+:[^\\s/@:]+@(?=[\\w-])");

    private static final Pattern SECRET_PAIR =
            Pattern.compile("(?i)\\b(pass(?:word|wd)?|pwd|secret|token|api[-_]?key|access[-_]?key|account[-_]?key"
                    + "|shared[-_]?access[-_]?key|sig|client[-_]?secret)(\\s*[=:]\\s*)([^;&\\s,]+)");
    private static final Pattern PRIVATE_KEY = Pattern.compile("(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");

    private ServerSecrets() {}

    /** Whether the setting's name (any part of its dotted path) marks it as a secret. */
    public static boolean isSecretName(String key) {
        for (String part : key.split("[.\\[\\]]+")) {
            if (SECRET_NAME
                    .matcher(part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** The value with every secret in it replaced by {@link #HIDDEN}. */
    public static String hide(Server.Setting setting) {
        if (isSecretName(setting.key())) {
            return HIDDEN;
        }
        return hideInside(setting.value());
    }

    /** Free text (a server's description or name) with secrets inside it hidden. */
    public static String hideInside(String value) {
        if (value == null) {
            return null;
        }
        if (PRIVATE_KEY.matcher(value).find()) {
            return PRIVATE_KEY.matcher(value).replaceAll(HIDDEN);
        }
        String hidden = URL_USER_INFO.matcher(value).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN) + "@");
        hidden = BARE_USER_INFO.matcher(hidden).replaceAll(Matcher.quoteReplacement(HIDDEN) + "@");
        hidden = SECRET_PAIR.matcher(hidden).replaceAll("$1$2" + Matcher.quoteReplacement(HIDDEN));
        return SecretFormats.hide(ACCESS_KEY_ID.matcher(hidden).replaceAll(HIDDEN));
    }
}
