package io.github.meshplugin.diff;

/** Semantic version arithmetic, as much as the diff needs: the major number, tolerant of a leading "v". */
public final class Versions {

    private Versions() {}

    /** The major version, or -1 when the text is not a version. */
    public static int major(String version) {
        if (version == null) {
            return -1;
        }
        String plain = plain(version);
        int dot = plain.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? plain : plain.substring(0, dot));
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    public static String plain(String version) {
        String trimmed = version.trim();
        return trimmed.startsWith("v") || trimmed.startsWith("V") ? trimmed.substring(1) : trimmed;
    }
}
