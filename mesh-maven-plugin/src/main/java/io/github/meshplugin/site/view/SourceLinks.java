package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Origin;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from the catalog to the mesh's files in the repository host's web view: a {@code sourceUrl} pattern with
 * {@code {path}} (the file's path in the repository) and {@code {line}}, given or derived from a GitHub or GitLab
 * {@code origin} remote; an edit link where the host has one ({@code /blob/} becomes {@code /edit/}).
 */
public final class SourceLinks {

    private static final Pattern REMOTE = Pattern.compile(
            "^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/]+@)(github\\.com|gitlab\\.com)[:/](.+?)(?:\\.git)?/?$");

    private final String pattern;
    private final String prefix;

    /**
     * @param pattern the source link pattern, or null for none
     * @param prefix  the mesh root's folder in the repository ("" at its root), put before every file's path
     */
    public SourceLinks(String pattern, String prefix) {
        this.pattern = pattern == null || pattern.isBlank() ? null : pattern.trim();
        this.prefix = prefix == null || prefix.isEmpty() ? "" : prefix + "/";
    }

    public static SourceLinks none() {
        return new SourceLinks(null, "");
    }

    /**
     * The pattern for a GitHub or GitLab remote, pinned to {@code commit} so a link shows the file as the catalog
     * read it; null for another host or no remote.
     */
    public static String derive(String remoteUrl, String commit) {
        if (remoteUrl == null || commit == null) {
            return null;
        }
        Matcher matcher = REMOTE.matcher(remoteUrl.trim());
        if (!matcher.matches()) {
            return null;
        }
        String host = matcher.group(1).toLowerCase(Locale.ROOT);
        String project = matcher.group(2);
        return host.equals("github.com")
                ? "https://github.com/" + project + "/blob/" + commit + "/{path}#L{line}"
                : "https://gitlab.com/" + project + "/-/blob/" + commit + "/{path}#L{line}";
    }

    public boolean exists() {
        return pattern != null;
    }

    /** The web view of the mesh's folder in the repository, or null. */
    public String tree() {
        if (pattern == null) {
            return null;
        }
        String folder = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        String url = pattern.replace("{path}", encodePath(folder));
        int anchor = url.indexOf('#');
        return safe(anchor < 0 ? url : url.substring(0, anchor));
    }

    /** The web view of {@code file} (relative to the mesh root) at {@code line} (0: the file's top), or null. */
    public String source(String file, int line) {
        // A file of another mesh lives in that mesh's repository, not at this path of this one.
        if (pattern == null || file == null || Origin.mesh(file) != null) {
            return null;
        }
        String url = pattern.replace("{path}", encodePath(prefix + file))
                .replace("{line}", String.valueOf(Math.max(1, line)));
        return safe(url);
    }

    /**
     * The host's editor for {@code file} on a branch: the pattern with {@code /blob/<ref>/} turned into
     * {@code /edit/<branch>/} (an editor needs a branch, not a commit), or null.
     */
    public String edit(String file, String branch) {
        String source = source(file, 1);
        if (source == null || branch == null || !source.contains("/blob/")) {
            return null;
        }
        int blob = source.indexOf("/blob/");
        int refEnd = source.indexOf('/', blob + "/blob/".length());
        if (refEnd < 0) {
            return null;
        }
        String edited = source.substring(0, blob) + "/edit/" + encodePath(branch) + source.substring(refEnd);
        int anchor = edited.indexOf('#');
        return anchor < 0 ? edited : edited.substring(0, anchor);
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            encoded.append(i == 0 ? "" : "/").append(encodeSegment(parts[i]));
        }
        return encoded.toString();
    }

    private static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** Only http(s) links reach a page: a pattern is configuration, but a path could still smuggle a scheme. */
    private static String safe(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}
