package io.github.meshplugin.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Plain words for what went wrong with a file. Java's file exceptions carry only the path as their message, so
 * "cannot be read: /home/ci/mesh/README.md" would tell neither what failed nor why.
 */
public final class FileProblems {

    private FileProblems() {}

    /** Why an operation on a file failed, in words a user can act on (the path is named elsewhere). */
    public static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "it does not exist (any more)";
        }
        if (failure instanceof FileSystemLoopException) {
            return "it is part of a symbolic link loop";
        }
        if (failure instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** What kind of thing is at {@code path}, for a message: "a folder", "a named pipe, socket or device", ... */
    public static String kind(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return "a folder";
            }
            if (attributes.isOther()) {
                return "a special file (a named pipe, socket or device)";
            }
            return "not a regular file";
        } catch (IOException unreadable) {
            return Files.isSymbolicLink(path)
                    ? "a symbolic link whose target cannot be reached"
                    : "a file whose kind cannot be read";
        }
    }
}
