package io.github.meshplugin.site.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.site.view.CatalogView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What each page of the last site was rendered from: a digest of the page's whole model (everything its template
 * can read) and the size of the file it gave. A page whose model digest is the same as last time, and whose live
 * file is still that size, is not rendered again; its file is kept. On a large mesh where one contract changed,
 * that is nearly every page.
 *
 * <p>The digest covers the page's path, template, title and model, and an identity of the renderer (the plugin and
 * theme), so a new plugin or a changed template renders everything again. A model that cannot be digested is
 * always rendered. A memory that cannot be read is no memory: everything is rendered.
 */
public final class PageMemory {

    private static final PageMemory NONE = new PageMemory(null, "", reason -> {}, Map.of());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addMixIn(CatalogView.Picture.class, PictureByWhatItShows.class)
            .addMixIn(CatalogView.Markdown.class, PictureByWhatItShows.class)
            .build();

    /**
     * A picture is digested by what it shows and a Markdown text by its source, not by their drawing, so an
     * unchanged page is known without drawing its pictures or rendering its README; the drawer is the renderer's,
     * part of its identity.
     */
    @JsonIgnoreProperties("drawing")
    private interface PictureByWhatItShows {}

    private final Path file;
    private final String identity;
    private final Consumer<String> trouble;
    private final Map<String, Rendered> last;
    private final Map<String, Rendered> now = new ConcurrentHashMap<>();
    private volatile boolean failed;

    private PageMemory(Path file, String identity, Consumer<String> trouble, Map<String, Rendered> last) {
        this.file = file;
        this.identity = identity;
        this.trouble = trouble;
        this.last = last;
    }

    /** Remembers nothing and recalls nothing: every page is rendered. */
    public static PageMemory none() {
        return NONE;
    }

    /** A page as it was rendered: the digest of what it was rendered from, and its file's size. */
    record Rendered(String model, long size) {}

    private record Stored(String identity, Map<String, Rendered> pages) {}

    /**
     * The memory kept in {@code file}, usable when it was written by a renderer of the same {@code identity}.
     *
     * @param recall  false to render every page (a forced full build) while still remembering this build's pages
     * @param trouble told of a memory that cannot be read or written; the build goes on without it
     */
    public static PageMemory open(Path file, String identity, boolean recall, Consumer<String> trouble) {
        Map<String, Rendered> last = Map.of();
        if (recall && Files.isRegularFile(file)) {
            try {
                Stored stored = JSON.readValue(file.toFile(), Stored.class);
                if (identity.equals(stored.identity()) && stored.pages() != null) {
                    last = stored.pages();
                }
            } catch (IOException | RuntimeException damaged) {
                // A damaged memory costs a full render, never the build.
                trouble.accept("unreadable: " + damaged.getMessage());
            }
        }
        return new PageMemory(file, identity, trouble, last);
    }

    /** The digest of everything a page's template can read, or empty when the model cannot be digested. */
    Optional<String> digest(String path, String template, String title, Object meta, Object model) {
        if (file == null) {
            return Optional.empty();
        }
        MessageDigest digest = Sha256.digest();
        try (OutputStream into = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            JSON.writeValue(into, new Object[] {identity, path, template, title, meta, model});
        } catch (IOException | RuntimeException notDigestible) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** The size of the page's file last time, when it was rendered from a model with this digest. */
    Optional<Long> sizeIfUnchanged(String path, String modelDigest) {
        Rendered before = last.get(path);
        return before != null && before.model().equals(modelDigest) ? Optional.of(before.size()) : Optional.empty();
    }

    void remember(String path, String modelDigest, long size) {
        now.put(path, new Rendered(modelDigest, size));
    }

    /**
     * Drops the memory of the last build, before the site it describes is replaced. Like {@link #save}, a memory
     * that cannot be written costs the next build time, never this one its outcome: it is told to the trouble.
     */
    void forget() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException unwritable) {
                failed = true;
                trouble.accept(String.valueOf(unwritable.getMessage()));
            }
        }
    }

    /** Replaces the memory with this build's pages, atomically; called once the site is in place. */
    void save() {
        if (file == null || failed) {
            return;
        }
        try {
            AtomicFile.write(file, out -> JSON.writeValue(out, new Stored(identity, new TreeMap<>(now))));
        } catch (IOException | RuntimeException unwritable) {
            trouble.accept(String.valueOf(unwritable.getMessage()));
        }
    }
}
