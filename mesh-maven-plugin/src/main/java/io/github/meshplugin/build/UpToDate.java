package io.github.meshplugin.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.io.SlashPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Remembers what a goal concluded from its inputs, so a build whose inputs did not change repeats the conclusion
 * instead of reading, checking and rendering the whole mesh again.
 *
 * <p>The inputs are named by a fingerprint: the content (never the timestamps) of every file under the mesh's
 * folders and of any further input (a templates folder), the goal's whole configuration, and the plugin itself
 * (its jars' sizes and times, so a rebuilt snapshot of the plugin counts as a change). What is remembered are
 * the log lines the goal printed and the failure it raised, and for the catalog a listing of the files it wrote,
 * so a catalog someone deleted or edited is written again.
 */
public final class UpToDate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path stateFile;
    private final Consumer<String> trouble;

    /**
     * @param stateFile where this goal's conclusion is kept between builds
     * @param trouble   told of a state file that cannot be read; the build then runs in full
     */
    public UpToDate(Path stateFile, Consumer<String> trouble) {
        this.stateFile = stateFile;
        this.trouble = trouble;
    }

    /** One log line of the goal: its level (error, warning, info) and text. */
    public record Line(String level, String text) {}

    /**
     * What a goal concluded. {@code failure} is the message it failed the build with, or null; {@code output} is
     * the listing of the folder it wrote ({@link #listing}), or null when it wrote none.
     */
    public record State(String fingerprint, List<Line> lines, String failure, String output) {}

    /** The conclusion of the last build with this fingerprint, or empty when the inputs differ or none is kept. */
    public Optional<State> recall(String fingerprint) {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        try {
            State state = JSON.readValue(stateFile.toFile(), State.class);
            return fingerprint.equals(state.fingerprint()) ? Optional.of(state) : Optional.empty();
        } catch (IOException unreadable) {
            // A damaged state file only costs a full build.
            trouble.accept("unreadable: " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code state} for the next build; a file that cannot be written is told to the trouble. */
    public void remember(State state) {
        try {
            AtomicFile.write(stateFile, out -> JSON.writeValue(out, state));
        } catch (IOException | RuntimeException notWritable) {
            trouble.accept(String.valueOf(notWritable.getMessage()));
        }
    }

    /**
     * The fingerprint of a build's inputs.
     *
     * @param inputs        folders or files whose every file's path and content count
     * @param configuration the goal's settings, one text
     */
    public static String fingerprint(List<Path> inputs, String configuration) throws IOException {
        return fingerprint(inputs, configuration, Files::readAllBytes);
    }

    /** How a file's bytes are read: the file system, or in tests a reader that fails where a test wants it to. */
    interface Contents {
        byte[] read(Path file) throws IOException;
    }

    static String fingerprint(List<Path> inputs, String configuration, Contents contents) throws IOException {
        MessageDigest digest = Sha256.digest();
        update(digest, "configuration\n" + configuration + "\n");
        update(digest, "plugin\n" + pluginIdentity() + "\n");
        for (Path input : inputs) {
            update(digest, "input " + input + "\n");
            List<Entry> files = files(input);
            // Reading and hashing tens of thousands of files is most of a no-change build: done on every core.
            List<byte[]> digests = digests(files, contents);
            for (int i = 0; i < files.size(); i++) {
                update(digest, files.get(i).name() + "\n");
                digest.update(digests.get(i));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A file that cannot be read counts as unreadable (the reader reports it as a finding, and the build goes on):
     * one unreadable README must not stop every build before it starts. Once it can be read, its content counts,
     * so the fingerprint changes and the build runs again.
     */
    private static List<byte[]> digests(List<Entry> files, Contents contents) {
        return files.parallelStream()
                .map(file -> {
                    try {
                        return Sha256.digest().digest(contents.read(file.path()));
                    } catch (IOException | UncheckedIOException | SecurityException unreadable) {
                        return ("unreadable " + unreadable.getClass().getName()).getBytes(StandardCharsets.UTF_8);
                    }
                })
                .toList();
    }

    /** The files of a folder, with their sizes: enough to tell that a written site is still the one written. */
    public static String listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        MessageDigest digest = Sha256.digest();
        for (Entry file : files(folder)) {
            update(digest, file.name() + " " + file.size() + "\n");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file under an input: where it is, its path relative to the input, and its size. */
    private record Entry(Path path, String name, long size) {}

    /** The files under {@code input} in path order, each visited once (its size comes with the visit). */
    private static List<Entry> files(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(new Entry(input, "", Files.size(input)));
        }
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                // A link to a file counts with its target's content, as a reader of the file sees it.
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(new Entry(
                            file,
                            SlashPaths.relative(input, file),
                            attributes.isRegularFile() ? attributes.size() : Files.size(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                found.add(new Entry(file, SlashPaths.relative(input, file), -1));
                return FileVisitResult.CONTINUE;
            }
        });
        // By the relative name, which is already a string: comparing paths cost more than walking the folder.
        found.sort(Comparator.comparing(Entry::name));
        return found;
    }

    /** A digest of {@link #pluginIdentity}: changes whenever the plugin's code or theme does. */
    static String pluginFingerprint() throws IOException {
        MessageDigest digest = Sha256.digest();
        update(digest, pluginIdentity());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where the plugin's code and theme come from, with sizes and times: a rebuilt plugin is a new plugin. */
    private static String pluginIdentity() throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path location : List.of(codeSource(UpToDate.class), themeSource())) {
            parts.add(location.toString());
            List<Path> files = Files.isDirectory(location)
                    ? files(location).stream().map(Entry::path).toList()
                    : List.of(location);
            for (Path file : files) {
                parts.add(file.getFileName() + " " + Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return String.join("\n", parts);
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException unknown) {
            return Path.of(type.getName());
        }
    }

    private static Path themeSource() {
        var url = UpToDate.class.getClassLoader().getResource("mesh/theme/templates/layout.ftlh");
        if (url == null) {
            return Path.of("no-theme");
        }
        String text = url.toString();
        try {
            if (text.startsWith("jar:")) {
                return Path.of(new URI(text.substring("jar:".length(), text.indexOf("!/"))));
            }
            return Path.of(url.toURI()).getParent().getParent();
        } catch (URISyntaxException | RuntimeException unknown) {
            return Path.of(text);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
