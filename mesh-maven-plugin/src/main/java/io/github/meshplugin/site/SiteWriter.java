package io.github.meshplugin.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a site into a fresh staging folder next to the target and swaps it in only when every file is
 * written, so a failed or killed run leaves the previous site as it was.
 */
public final class SiteWriter {

    private final Path target;
    private final Path staging;

    public SiteWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        deleteTree(parent.resolve(this.target.getFileName() + ".staging"));
        this.staging = Files.createDirectory(parent.resolve(this.target.getFileName() + ".staging"));
    }

    public void write(String relativePath, byte[] content) throws IOException {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Replaces the target with the staged site: rename the old one away, rename the new one in, delete the old. */
    public void commit() throws IOException {
        Path previous = target.resolveSibling(target.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
    }

    /** Drops the staged files; the target is untouched. */
    public void abort() throws IOException {
        deleteTree(staging);
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
