package io.github.meshplugin.build;

import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.read.FolderCache;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.SchemaFindingsCache;
import io.github.meshplugin.site.render.PageMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything a build keeps for the next one, in one folder ({@code cacheDirectory}). Each cached stage has one
 * {@link Store}: one file directly under the folder, written whole through {@code AtomicFile}, and a key made of
 * the plugin's identity (its code and theme), the settings the stage depends on, and the content of its inputs.
 * A store whose file was kept under another identity starts empty.
 *
 * <p>One failure policy for all: a store that cannot be read or written warns once per build, through the build's
 * log, and the build goes on as if there were no cache; it never fails a build. Without a cache folder
 * ({@link #none}) every store is its stage's "no cache" form: nothing is reused, nothing kept. Deleting the folder
 * is always safe: the next build does everything again.
 */
public final class BuildCache {

    /** Each cached stage: the file it keeps, and what its entries are keyed by (see also the README's table). */
    public enum Store {
        /** A no-change {@code mesh:validate} repeats the last one's log and outcome. */
        VALIDATE_OUTCOME("validate.json", "the goal, every setting, the plugin, every mesh file's path and content"),
        /** A no-change {@code mesh:site} repeats the last one's log and outcome, when the catalog is still there. */
        SITE_OUTCOME("site.json", "as validate.json, plus the templates folder's files"),
        /** What each product folder gave (products, contracts, findings): an unchanged folder is not parsed. */
        PRODUCT_FOLDERS(
                "product-folders.smile",
                "the plugin and the read settings; per folder, its place and every file's name and content"),
        /** The official schemas' findings on each file: an unchanged file is not checked again. */
        SCHEMA_FINDINGS("schema-findings.json", "the plugin; per file, its standard and content"),
        /** The layout of each graph picture: an unchanged diagram is not laid out again. */
        LAYOUTS("layouts.bin", "the plugin; per picture, the layouter and the diagram"),
        /** What each page was rendered from: a page whose model did not change is kept, not rendered. */
        PAGES("site-pages.json", "the plugin and the templates folder; per page, its path, template and model");

        private final String file;
        private final String key;

        Store(String file, String key) {
            this.file = file;
            this.key = key;
        }

        /** The file's name under the cache folder. */
        public String file() {
            return file;
        }

        /** What the store's entries are keyed by, in words. */
        public String key() {
            return key;
        }
    }

    private final Path directory;
    private final boolean recall;
    private final BuildLog log;
    private final AtomicBoolean warned = new AtomicBoolean();
    private String plugin;

    private BuildCache(Path directory, boolean recall, BuildLog log) {
        this.directory = directory;
        this.recall = recall;
        this.log = log;
    }

    /** No cache: every stage runs in full and nothing is kept. */
    public static BuildCache none() {
        return new BuildCache(null, false, BuildLog.SILENT);
    }

    /** The cache the settings name, or {@link #none()}; its one warning, if any, goes to {@code log}. */
    static BuildCache open(BuildSettings.Caching caching, BuildLog log) {
        return caching.directory() == null
                ? none()
                : new BuildCache(caching.directory().toAbsolutePath(), caching.incremental(), log);
    }

    /** Whether there is a cache folder at all. */
    public boolean exists() {
        return directory != null;
    }

    /** Whether stores may give what they kept; false for a forced full build, which still keeps its results. */
    boolean recalls() {
        return directory != null && recall;
    }

    /** Where {@code store} keeps its file. */
    Path file(Store store) {
        return directory.resolve(store.file());
    }

    /**
     * The one warning of a build about its cache: the first trouble is told, later ones add nothing. Safe from any
     * thread; stores report from the threads that read and render in parallel.
     */
    void trouble(Store store, String reason) {
        if (directory != null && warned.compareAndSet(false, true)) {
            log.warn("Could not use the build cache in " + directory + " (" + store.file() + ": " + reason
                    + "); the build goes on without what it would have kept or reused.");
        }
    }

    private Consumer<String> troubleOf(Store store) {
        return reason -> trouble(store, reason);
    }

    /** The plugin's identity (code and theme), the part of every store's key that a rebuilt plugin changes. */
    private String plugin() throws IOException {
        if (plugin == null) {
            plugin = UpToDate.pluginFingerprint();
        }
        return plugin;
    }

    /** What reading each product folder gave, for the plugin and these read settings. */
    FolderCache productFolders(ReadOptions reading) {
        return store(Store.PRODUCT_FOLDERS, FolderCache::none, (file, trouble) -> {
            PiiPolicy pii = reading.piiPolicy();
            String identity = plugin() + "\n" + reading.domainsDirectory() + "\n" + reading.maxFileBytes() + "\n"
                    + new TreeSet<>(pii.tags()) + "\n" + new TreeSet<>(pii.classifications());
            removeTextFolderStore();
            return FolderCache.open(file, identity, recalls(), trouble);
        });
    }

    /** Earlier plugins kept the folders as text under this name; left there, it would only take room. */
    private void removeTextFolderStore() {
        try {
            Files.deleteIfExists(directory.resolve("product-folders.json"));
        } catch (IOException | RuntimeException stays) {
            // Only room is lost: no store reads that file.
        }
    }

    /** The official schemas' findings on each file, for the plugin. */
    SchemaFindingsCache schemaFindings() {
        return store(
                Store.SCHEMA_FINDINGS,
                SchemaFindingsCache::none,
                (file, trouble) -> SchemaFindingsCache.open(file, plugin(), recalls(), trouble));
    }

    /** The graph pictures' layouts, for the plugin. */
    LayoutCache layouts() {
        return store(
                Store.LAYOUTS,
                LayoutCache::none,
                (file, trouble) -> LayoutCache.open(file, plugin(), recalls(), trouble));
    }

    /** What each page was rendered from, for the plugin and the templates in {@code templatesDirectory}. */
    PageMemory pages(Path templatesDirectory) {
        return store(Store.PAGES, PageMemory::none, (file, trouble) -> {
            String renderer =
                    UpToDate.fingerprint(templatesDirectory == null ? List.of() : List.of(templatesDirectory), "theme");
            return PageMemory.open(file, renderer, recalls(), trouble);
        });
    }

    /** How a store is opened from its file, telling its troubles to the build's one warning. */
    @FunctionalInterface
    private interface Opening<T> {
        T open(Path file, Consumer<String> trouble) throws IOException;
    }

    /** {@code store} opened, or its "none" form when there is no cache folder or the store cannot be opened. */
    private <T> T store(Store store, Supplier<T> none, Opening<T> opening) {
        if (directory == null) {
            return none.get();
        }
        try {
            return opening.open(file(store), troubleOf(store));
        } catch (IOException unusable) {
            trouble(store, unusable.getMessage());
            return none.get();
        }
    }

    /**
     * Where {@code goal} keeps its last conclusion, or empty when this build must neither use nor keep one: no
     * cache, a goal that writes every run, or a comparison with git (the repository can move without a file
     * changing), or on GitHub Actions (whose step summary is written every run). A build with {@code incremental}
     * off still keeps its conclusion, so the next incremental build can repeat it.
     */
    UpToDate outcomes(Goal goal, BuildSettings settings) {
        Store store = switch (goal) {
            case VALIDATE -> Store.VALIDATE_OUTCOME;
            case SITE -> Store.SITE_OUTCOME;
            case GRAPH -> null;
        };
        if (directory == null
                || store == null
                || settings.comparison().baseline() != null
                || settings.comparison().history() > 0
                || "true".equals(System.getenv("GITHUB_ACTIONS"))) {
            return null;
        }
        return new UpToDate(file(store), troubleOf(store));
    }
}
