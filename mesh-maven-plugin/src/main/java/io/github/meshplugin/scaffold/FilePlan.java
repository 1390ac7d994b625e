package io.github.meshplugin.scaffold;

import io.github.meshplugin.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one scaffolding step creates and the existing files it extends, checked as a whole before anything is
 * written: a step either writes all of its files or, when one of them already exists or an extended file changed
 * meanwhile, none.
 */
public final class FilePlan {

    private final Path root;
    private final Map<String, String> created = new LinkedHashMap<>();
    private final Map<String, Edit> edited = new LinkedHashMap<>();

    private record Edit(String before, String after) {}

    public FilePlan(Path root) {
        this.root = root;
    }

    /** A new file, by its path relative to the root with forward slashes. */
    public FilePlan create(String path, String content) {
        created.put(path, content);
        return this;
    }

    /** An existing file whose content {@code before} becomes {@code after}. */
    FilePlan edit(String path, String before, String after) {
        edited.put(path, new Edit(before, after));
        return this;
    }

    /** The paths of the files that would be created, in order. */
    public List<String> createdPaths() {
        return List.copyOf(created.keySet());
    }

    /** The paths of the existing files that would be extended, in order. */
    public List<String> editedPaths() {
        return List.copyOf(edited.keySet());
    }

    /** The content planned for a new file, or null. */
    public String content(String path) {
        return created.get(path);
    }

    /** The planned new files that exist already. */
    public List<String> existing() {
        List<String> existing = new ArrayList<>();
        for (String path : created.keySet()) {
            if (Files.exists(resolve(path))) {
                existing.add(path);
            }
        }
        return existing;
    }

    /** Drops the planned new files that exist already, returning them, so they are kept as they are. */
    public List<String> keepExisting() {
        List<String> kept = existing();
        kept.forEach(created::remove);
        return kept;
    }

    /**
     * Writes every file, each one atomically, or nothing when a new file exists already or an extended file is no
     * longer what it was when it was planned.
     */
    public void write() throws ScaffoldException {
        List<String> existing = existing();
        if (!existing.isEmpty()) {
            throw new ScaffoldException("Nothing was written: " + String.join(", ", existing)
                    + (existing.size() == 1 ? " exists" : " exist")
                    + " already. Choose another name, or move the existing files away first.");
        }
        for (Map.Entry<String, Edit> entry : edited.entrySet()) {
            if (!entry.getValue().before().equals(read(root, entry.getKey()))) {
                throw new ScaffoldException(
                        "Nothing was written: " + entry.getKey() + " changed while it was being extended; run again.");
            }
        }
        try {
            for (Map.Entry<String, String> entry : created.entrySet()) {
                writeText(resolve(entry.getKey()), entry.getValue());
            }
            for (Map.Entry<String, Edit> entry : edited.entrySet()) {
                writeText(resolve(entry.getKey()), entry.getValue().after());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write the scaffolded files under " + root, failed);
        }
    }

    static String read(Path root, String path) throws ScaffoldException {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ScaffoldException("Cannot read " + path + ": " + unreadable.getMessage());
        }
    }

    private Path resolve(String path) {
        return root.resolve(path);
    }

    private static void writeText(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
