package io.github.meshplugin.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.io.SlashPaths;
import io.github.meshplugin.model.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What reading each product folder gave (its products, contracts and findings), kept between builds under a digest
 * of everything in the folder: a folder whose files are byte for byte the same is not parsed again. On a large
 * mesh where one contract changed, that is every folder but one, and parsing YAML is most of reading.
 *
 * <p>The digest covers the folder's place in the mesh, the name, kind and content of every file under it, and the
 * reader's {@code identity} (the plugin and the read options), so a new plugin or other options read everything
 * again. A folder holding a symbolic link, or anything that cannot be read while digesting it, is always read: its
 * findings may depend on more than its bytes. A cache that cannot be read counts as empty; each save keeps only the
 * folders this read saw, in one move.
 */
public final class FolderCache {

    /** A folder with a file larger than this is read every time (the reader reports the file anyway). */
    private static final long LARGEST_DIGESTED_FILE = 64L * 1024 * 1024;

    /**
     * Binary JSON (Smile): the store holds the whole mesh's model, and is read and written on every build that
     * changed anything. As text it was 130 MB at 10,000 products, each folder's content a string escaped inside
     * the file; in Smile a folder's content is kept as raw bytes and read without decoding text.
     */
    private static final ObjectMapper STORE = SmileMapper.builder()
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final String identity;
    private final Consumer<String> trouble;
    private Map<String, byte[]> earlier;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicInteger recalled = new AtomicInteger();

    private FolderCache(Path file, String identity, Consumer<String> trouble, Map<String, byte[]> earlier) {
        this.file = file;
        this.identity = identity;
        this.trouble = trouble;
        this.earlier = earlier;
    }

    /** What one product folder gave. */
    public record Content(List<OdpsReader.ReadProduct> products, List<Contract> contracts, List<Finding> findings) {}

    private record Stored(String identity, Map<String, byte[]> folders) {}

    /** Keeps nothing: every folder is read. */
    public static FolderCache none() {
        return new FolderCache(null, "", reason -> {}, Map.of());
    }

    /**
     * The folders kept in {@code file} by a reader of the same {@code identity}.
     *
     * @param recall  false to read every folder (a forced full build) while still keeping what this read gives
     * @param trouble told of a file that cannot be read or written; the read goes on without it
     */
    public static FolderCache open(Path file, String identity, boolean recall, Consumer<String> trouble) {
        Map<String, byte[]> earlier = Map.of();
        if (recall && Files.isRegularFile(file)) {
            try {
                Stored stored = STORE.readValue(file.toFile(), Stored.class);
                if (stored != null && identity.equals(stored.identity()) && stored.folders() != null) {
                    earlier = stored.folders();
                }
            } catch (IOException | RuntimeException damaged) {
                // A damaged cache costs a full read, never the build.
                trouble.accept("unreadable: " + damaged.getMessage());
            }
        }
        return new FolderCache(file, identity, trouble, earlier);
    }

    /** The digest of a folder and everything in it, or empty when it must be read whatever it held before. */
    Optional<String> key(String domainId, String relativeFolder, Path folder) {
        if (file == null) {
            return Optional.empty();
        }
        MessageDigest digest = Sha256.digest();
        update(digest, identity + "\n" + domainId + "\n" + relativeFolder + "\n");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                BasicFileAttributes attributes =
                        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String name = SlashPaths.relative(folder, path);
                if (attributes.isDirectory()) {
                    update(digest, "folder " + name + "\n");
                } else if (attributes.isRegularFile() && attributes.size() <= LARGEST_DIGESTED_FILE) {
                    update(digest, "file " + name + " " + attributes.size() + "\n");
                    digest.update(Sha256.digest().digest(Files.readAllBytes(path)));
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** What the folder with this digest gave last time, if it was kept and reads back whole. */
    Optional<Content> recall(String key) {
        byte[] kept = earlier.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        try {
            Content content = STORE.readValue(kept, Content.class);
            used.put(key, kept);
            recalled.incrementAndGet();
            return Optional.of(content);
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** Keeps what the folder with this digest gave; a content that cannot be written is simply not kept. */
    void keep(String key, Content content) {
        if (file == null) {
            return;
        }
        try {
            used.put(key, STORE.writeValueAsBytes(content));
        } catch (IOException | RuntimeException notWritable) {
            // Read again next time.
        }
    }

    /** How many folders this read took from the cache. */
    public int recalled() {
        return recalled.get();
    }

    /**
     * Writes the folders this read saw, in one move, unless they are exactly the ones kept already; then lets go
     * of them (on a large mesh they are as large as the mesh). A cache that cannot be written costs only time.
     */
    void save() {
        if (file == null) {
            return;
        }
        boolean same = sameFolders(used, earlier);
        earlier = Map.of();
        Map<String, byte[]> folders = new TreeMap<>(used);
        used.clear();
        if (same) {
            return;
        }
        try {
            AtomicFile.write(file, out -> STORE.writeValue(out, new Stored(identity, folders)));
        } catch (IOException | RuntimeException unwritable) {
            // The next build reads every folder again.
            trouble.accept(String.valueOf(unwritable.getMessage()));
        }
    }

    private static boolean sameFolders(Map<String, byte[]> now, Map<String, byte[]> before) {
        return now.size() == before.size()
                && now.entrySet().stream()
                        .allMatch(folder -> Arrays.equals(folder.getValue(), before.get(folder.getKey())));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
