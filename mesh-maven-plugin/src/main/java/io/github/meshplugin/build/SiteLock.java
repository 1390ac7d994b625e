package io.github.meshplugin.build;

import io.github.meshplugin.read.FileProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per catalog folder. Two builds of one mesh writing one catalog would share its staging
 * folder and each delete what the other wrote; so a build of the catalog holds an operating-system lock on a
 * file beside it ({@code <site>.lock}, holding the process id), and a second build stops at once with a message
 * naming the first. The operating system releases the lock when the process ends, so a killed build never leaves
 * the catalog locked; the file itself stays, empty of meaning until locked again.
 */
final class SiteLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SiteLock acquire(Path site) {
        Path target = site.toAbsolutePath().normalize();
        Path file = target.resolveSibling(target.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new BuildException("another build of this mesh is running (pid "
                        + holder + ") and writing " + target
                        + "; wait for it to finish, or give this build another outputDirectory.");
            }
            // Written over the old id, then cut to length: a build refused meanwhile never reads an empty file.
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.truncate(pid.length);
            channel.force(false);
            return new SiteLock(channel, lock);
        } catch (IOException failure) {
            closeQuietly(channel);
            throw new BuildException(
                    "Could not lock the catalog folder with " + file + ": " + FileProblems.reason(failure), failure);
        }
    }

    /** The process id the lock's holder wrote; it may be a moment behind taking the lock when the file was new. */
    private static String holder(Path file) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!holder.isEmpty()) {
                return holder;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "unknown";
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException alreadyGone) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
