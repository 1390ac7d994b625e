package io.github.meshplugin.io;

import java.io.File;
import java.nio.file.Path;

/** Paths as the site, the caches and the findings name them: relative, with {@code /} between names on every OS. */
public final class SlashPaths {

    private SlashPaths() {}

    /**
     * {@code file} relative to {@code root}, with {@code /} separators; "" for the root itself. A file under the
     * root (every file a walk of it gives) is named by cutting the root's text off, which costs far less than
     * {@link Path#relativize} on walks of tens of thousands of files; any other path is relativized.
     */
    public static String relative(Path root, Path file) {
        String rootText = root.toString();
        String fileText = file.toString();
        String name;
        if (fileText.length() > rootText.length() + 1
                && fileText.startsWith(rootText)
                && fileText.charAt(rootText.length()) == File.separatorChar
                && !rootText.isEmpty()) {
            name = fileText.substring(rootText.length() + 1);
        } else {
            name = root.relativize(file).toString();
        }
        return File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/');
    }
}
