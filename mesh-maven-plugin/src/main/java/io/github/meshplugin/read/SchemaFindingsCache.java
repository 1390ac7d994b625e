package io.github.meshplugin.read;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.schema.Standard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The official schemas' findings on each product descriptor and contract, kept between builds by the file's
 * content, so a build re-checks only the files that changed. Checking a file against its schema is most of the
 * cost of reading a large mesh, and its findings depend on nothing but the file's text, its standard and the
 * plugin: the entries are keyed by a SHA-256 digest of the standard and the text, and the whole cache belongs to
 * one plugin (its {@code fingerprint}), so a rebuilt or upgraded plugin starts afresh.
 *
 * <p>Findings are kept without the file's path and get the path the file has now when recalled: a renamed or
 * copied file is not checked again. Each save keeps only the entries this read used, so the cache follows the
 * mesh and never grows past it. A cache that cannot be read (damaged, from an older plugin, half written by a
 * killed build that predates the atomic write) counts as empty; one that cannot be written costs only time.
 */
public final class SchemaFindingsCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String fingerprint;
    private final Map<String, List<Kept>> earlier;
    private final Map<String, List<Kept>> used = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger recalled = new AtomicInteger();

    private SchemaFindingsCache(Path file, String fingerprint, Map<String, List<Kept>> earlier) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.earlier = earlier;
    }

    /** A finding without its file: what the schema said, where in the file. */
    record Kept(String ruleId, Severity severity, int line, int column, String subject, String message, String hint) {

        static Kept of(Finding finding) {
            return new Kept(
                    finding.ruleId(),
                    finding.severity(),
                    finding.source().line(),
                    finding.source().column(),
                    finding.subject(),
                    finding.message(),
                    finding.hint());
        }

        Finding in(String relativePath) {
            return new Finding(ruleId, severity, new Source(relativePath, line, column), subject, message, hint);
        }
    }

    /** The stored form: the plugin it belongs to and, by content digest, the findings of each file. */
    record Stored(String fingerprint, Map<String, List<Kept>> files) {}

    /** No cache: every file is checked, nothing is kept (tests, programmatic use, baselines). */
    public static SchemaFindingsCache none() {
        return new SchemaFindingsCache(null, "", Map.of());
    }

    /**
     * The cache kept in {@code file}, for the plugin identified by {@code fingerprint}; empty when there is none
     * yet, when it belongs to another plugin, or when it cannot be read.
     */
    public static SchemaFindingsCache open(Path file, String fingerprint) {
        return new SchemaFindingsCache(file, fingerprint, load(file, fingerprint));
    }

    /** A cache that recalls nothing from {@code file} but is saved there: a full build that refreshes it. */
    public static SchemaFindingsCache fresh(Path file, String fingerprint) {
        return new SchemaFindingsCache(file, fingerprint, Map.of());
    }

    private static Map<String, List<Kept>> load(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), new TypeReference<Stored>() {});
            if (stored == null
                    || !fingerprint.equals(stored.fingerprint())
                    || stored.files() == null
                    || !stored.files().values().stream().allMatch(SchemaFindingsCache::whole)) {
                return Map.of();
            }
            return stored.files();
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** False for an entry no check could have written: one damaged entry and the whole cache is suspect. */
    private static boolean whole(List<Kept> findings) {
        return findings != null
                && findings.stream()
                        .allMatch(finding -> finding != null
                                && finding.ruleId() != null
                                && finding.severity() != null
                                && finding.message() != null
                                && finding.line() >= 0
                                && finding.column() >= 0);
    }

    /**
     * The schema findings of the file at {@code relativePath} with {@code text}, as {@code check} gives them: from
     * the cache when a file with this text was checked before, else by running {@code check} and keeping them.
     */
    List<Finding> findings(Standard standard, String text, String relativePath, Supplier<List<Finding>> check) {
        if (file == null) {
            checked.incrementAndGet();
            return check.get();
        }
        String key = digest(standard, text);
        List<Kept> kept = earlier.get(key);
        if (kept == null) {
            checked.incrementAndGet();
            List<Finding> found = check.get();
            // Every schema finding sits in the file it judges; anything else is not a function of this text alone.
            if (found.stream()
                    .allMatch(finding -> relativePath.equals(finding.source().file()))) {
                used.put(key, found.stream().map(Kept::of).toList());
            }
            return found;
        }
        recalled.incrementAndGet();
        used.put(key, kept);
        return kept.stream().map(finding -> finding.in(relativePath)).toList();
    }

    /**
     * Writes what this read used, replacing the file in one move so a build killed meanwhile leaves the old cache
     * or the new one, never half of one. Failing to write is no reason to fail a build.
     */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> JSON.writeValue(out, new Stored(fingerprint, new TreeMap<>(used))));
        } catch (IOException | RuntimeException notWritable) {
            // The next build checks every file again.
        }
    }

    private static String digest(Standard standard, String text) {
        return Sha256.hex(standard.name() + "\n" + text);
    }

    /** How many files were checked against their schema since this cache was opened. */
    public int checked() {
        return checked.get();
    }

    /** How many files' schema findings came from the cache instead, their content being unchanged. */
    public int recalled() {
        return recalled.get();
    }
}
