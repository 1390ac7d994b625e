package io.github.meshplugin.site.render;

import io.github.meshplugin.io.SlashPaths;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a site into a fresh staging folder next to the target and swaps it in only when every file is
 * written, so a failed or killed run leaves the previous site as it was.
 *
 * <p>Files whose content equals the live site's are hard-linked into the staging folder instead of written, so
 * an unchanged page keeps its file (and its modification time) across builds, and a build that changes nothing
 * leaves the live site untouched. Sameness is decided by content, never by timestamps. Safe to call
 * {@link #write} from several threads.
 */
public final class SiteWriter {

    private final Path target;
    private final Path staging;
    private final Path previous;
    private final Map<String, Boolean> changedByPath = new ConcurrentHashMap<>();
    /**
     * The staging folders made and the files staged so far: a site is tens of thousands of files in a few dozen
     * folders, and asking the file system again for each file was most of a build that changed one contract.
     */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    private final Set<Path> stagedFiles = ConcurrentHashMap.newKeySet();

    public SiteWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = staging(this.target);
        this.previous = previous(this.target);
        recover(this.target);
        Files.createDirectory(staging);
    }

    /**
     * Tidies what a killed run left next to {@code target}: a run killed between the two renames of
     * {@link #commit} leaves the old site under its ".previous" name and none under the target's, so it is put
     * back; a half-written staging folder is deleted. A build that finds nothing to write calls this too, so no
     * leftover outlives the next build.
     */
    public static void recover(Path target) throws IOException {
        Path site = target.toAbsolutePath().normalize();
        Path previous = previous(site);
        if (Files.isDirectory(previous) && !Files.exists(site)) {
            move(previous, site);
        }
        deleteTree(previous);
        deleteTree(staging(site));
    }

    private static Path staging(Path target) {
        return target.resolveSibling(target.getFileName() + ".staging");
    }

    private static Path previous(Path target) {
        return target.resolveSibling(target.getFileName() + ".previous");
    }

    public void write(String relativePath, byte[] content) throws IOException {
        Path file = staged(relativePath);
        Path live = inside(target, relativePath);
        boolean unchanged = sameContent(live, content) && linked(live, file);
        if (!unchanged) {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        changedByPath.put(SlashPaths.relative(staging, file), !unchanged);
    }

    /**
     * Keeps the live site's file at {@code relativePath} as it is, when it is still {@code size} bytes: the caller
     * knows its content would come out the same. False when there is no such file; then the caller writes it.
     */
    public boolean keep(String relativePath, long size) throws IOException {
        Path live = inside(target, relativePath);
        if (sizeOfFile(live) != size) {
            return false;
        }
        Path file = staged(relativePath);
        if (!linked(live, file)) {
            Files.copy(live, file);
        }
        changedByPath.put(SlashPaths.relative(staging, file), false);
        return true;
    }

    /** Where a file goes in the staging folder, with nothing there yet. */
    private Path staged(String relativePath) throws IOException {
        Path file = inside(staging, relativePath);
        // Remembered once made, not before: another thread may be writing into the same folder.
        if (!madeFolders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            madeFolders.add(file.getParent());
        }
        if (!stagedFiles.add(file)) {
            // A path written twice may be a hard link to the live site by now: replace the link, never write
            // through it.
            Files.deleteIfExists(file);
        }
        return file;
    }

    private static Path inside(Path root, String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        return file;
    }

    private static boolean sameContent(Path live, byte[] content) throws IOException {
        return sizeOfFile(live) == content.length && Arrays.equals(Files.readAllBytes(live), content);
    }

    /** The size of a regular file, or -1 when there is none at {@code path}: one question to the file system. */
    private static long sizeOfFile(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() : -1;
        } catch (IOException none) {
            // No file, or a path through something that is not a folder: either way there is nothing to keep.
            return -1;
        }
    }

    /** Hard links are an optimisation: where the file system has none, the file is written instead. */
    private static boolean linked(Path live, Path file) {
        try {
            Files.createLink(file, live);
            return true;
        } catch (IOException | UnsupportedOperationException noLinks) {
            return false;
        }
    }

    /**
     * Replaces the target with the staged site (rename the old one away, rename the new one in, delete the old),
     * unless every file is the same as the live site's, in which case the live site is left as it is.
     */
    public Summary commit() throws IOException {
        Set<String> liveFiles = filesUnder(target);
        int changed = (int)
                changedByPath.values().stream().filter(Boolean::booleanValue).count();
        int removed = (int) liveFiles.stream()
                .filter(path -> !changedByPath.containsKey(path))
                .count();
        Summary summary = new Summary(changedByPath.size() - changed, changed, removed);
        if (summary.isNoChange() && Files.isDirectory(target)) {
            deleteTree(staging);
            return summary;
        }
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
        return summary;
    }

    /** Drops the staged files; the target is untouched. */
    public void abort() throws IOException {
        deleteTree(staging);
    }

    /** What a commit did to the live site, in files. */
    public record Summary(int unchanged, int written, int removed) {

        public boolean isNoChange() {
            return written == 0 && removed == 0;
        }
    }

    private static Set<String> filesUnder(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // A link to a file counts as the file, as a visitor of the site sees it.
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    files.add(SlashPaths.relative(root, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
