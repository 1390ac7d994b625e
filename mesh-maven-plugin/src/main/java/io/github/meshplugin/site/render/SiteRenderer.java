package io.github.meshplugin.site.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.meshplugin.io.Progress;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.ProductViews;
import io.github.meshplugin.site.view.QualityPageViews;
import io.github.meshplugin.site.view.SecretFormats;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lays out a {@link CatalogView} as a static site with the theme's FreeMarker templates, plus
 * {@code catalog.json} and the search index, and writes it atomically. Templates are HTML-escaping ({@code .ftlh}), so nothing a
 * user wrote can become markup.
 */
public final class SiteRenderer {

    private static final int PAGE_BUFFER_BYTES = 16 * 1024;

    private final Configuration freemarker;
    private final Theme theme;
    private PageMemory memory = PageMemory.none();
    private Path sourceRoot;
    private final AtomicInteger kept = new AtomicInteger();

    public SiteRenderer(Theme theme) throws IOException {
        this.theme = theme;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(theme.templateLoader());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        // Locale and time zone are fixed so numbers and dates render the same on every machine.
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setSharedVariable("code", new InlineCode());
    }

    /** How many pages the last {@code render} left as they were, drawing none of their pictures. */
    public int pagesKept() {
        return kept.get();
    }

    /** Uses {@code memory} to leave pages whose model did not change since the last build as they are. */
    public SiteRenderer remembering(PageMemory memory) {
        this.memory = memory;
        return this;
    }

    /**
     * Copies the source files the pages offer for download (contracts and descriptors as written) from
     * {@code meshDirectory}, where their paths start; without it, none are copied.
     */
    public SiteRenderer copyingSourcesFrom(Path meshDirectory) {
        this.sourceRoot = meshDirectory;
        return this;
    }

    /**
     * Writes the site to {@code target}, replacing what was there only once everything is written; files whose
     * content did not change keep their old copies.
     */
    public SiteWriter.Summary render(CatalogView view, MeshResult result, Path target) throws IOException {
        return render(view, result, target, Progress.SILENT);
    }

    /** As {@link #render(CatalogView, MeshResult, Path)}, telling {@code progress} of each stage. */
    public SiteWriter.Summary render(CatalogView view, MeshResult result, Path target, Progress progress)
            throws IOException {
        OutputNames.check(result.mesh());
        SiteWriter writer = new SiteWriter(target);
        kept.set(0);
        try {
            long start = System.nanoTime();
            List<SitePages.Page> pages = SitePages.of(view);
            // Pages are independent and the writer is thread-safe: render them on every core.
            inParallel(pages, page -> page(writer, view.meta(), page));
            for (String asset : theme.assets()) {
                writer.write("assets/" + asset, theme.asset(asset));
            }
            for (WebJar library : List.of(WebJar.LUNR, WebJar.D3)) {
                writer.write("assets/" + library.assetName(), library.read(SiteRenderer.class.getClassLoader()));
            }
            progress.completed(
                    "pages",
                    Progress.count(pages.size() - kept.get(), "page") + " rendered"
                            + (kept.get() > 0
                                    ? ", " + Progress.count(kept.get(), "page") + " unchanged since the last build"
                                    : ""),
                    System.nanoTime() - start);

            start = System.nanoTime();
            Map<String, byte[]> searchFiles = new SearchIndex(view).files();
            inParallel(
                    List.copyOf(searchFiles.entrySet()),
                    file -> writer.write(file.getKey(), SecretFormats.hide(file.getValue())));
            progress.completed(
                    "search",
                    "index of " + Progress.count(searchFiles.size(), "file") + " built",
                    System.nanoTime() - start);

            start = System.nanoTime();
            CatalogJson json = new CatalogJson();
            // catalog.json is one large file: written on one core while the other writes product files.
            List<Export> exports = new ArrayList<>();
            exports.add(() -> writer.write("catalog.json", SecretFormats.hide(json.write(result, view))));
            exports.add(() -> writer.write("llms.txt", SecretFormats.hide(LlmsTxt.write(view))));
            BrowseData.files(view).forEach((path, data) -> exports.add(() -> writer.write(path, data)));
            LineageScript.files(view).forEach((path, data) -> exports.add(() -> writer.write(path, data)));
            for (ProductViews.ProductPage product : view.products()) {
                exports.add(() -> {
                    String base = product.ref()
                            .href()
                            .substring(0, product.ref().href().length() - ".html".length());
                    writer.write(base + ".json", SecretFormats.hide(json.writeProduct(result, product)));
                    writer.write("badges/" + base.substring("products/".length()) + ".svg", Badge.svg(product.ref()));
                });
            }
            inParallel(exports, Export::write);
            writer.write("catalog.schema.json", classpathResource(CatalogJson.SCHEMA_RESOURCE));
            if (sourceRoot != null) {
                SourceCopies.write(view, sourceRoot, writer);
            }
            progress.completed(
                    "exports",
                    "catalog.json, " + Progress.count(view.products().size(), "product file")
                            + ", badges and llms.txt written",
                    System.nanoTime() - start);

            start = System.nanoTime();
            // A run killed between the swap and the save must not leave a memory of the site before the swap.
            memory.forget();
            SiteWriter.Summary summary = writer.commit();
            memory.save();
            progress.completed(
                    "write",
                    summary.isNoChange()
                            ? "site unchanged"
                            : String.format(
                                    Locale.ROOT,
                                    "%,d files written, %,d unchanged, %,d removed",
                                    summary.written(),
                                    summary.unchanged(),
                                    summary.removed()),
                    System.nanoTime() - start);
            return summary;
        } catch (IOException | RuntimeException failure) {
            writer.abort();
            throw failure;
        }
    }

    private interface Export {
        void write() throws IOException;
    }

    private interface Job<T> {
        void run(T item) throws IOException;
    }

    /**
     * Runs {@code job} for every item on every core and returns only when all have finished, so a failure never
     * leaves another thread writing into a staging folder that is being deleted; the first failure is rethrown.
     */
    private static <T> void inParallel(List<T> items, Job<T> job) throws IOException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        items.parallelStream().forEach(item -> {
            if (failure.get() != null) {
                return;
            }
            try {
                job.run(item);
            } catch (IOException | RuntimeException failed) {
                failure.compareAndSet(null, failed);
            }
        });
        if (failure.get() instanceof IOException io) {
            throw io;
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    private static byte[] classpathResource(String name) throws IOException {
        try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the plugin jar");
            }
            return in.readAllBytes();
        }
    }

    /** The rules page's model: a record so the template reads {@code page.rules} like every other page. */
    public record RulesPage(List<QualityPageViews.RuleView> rules) {}

    private void page(SiteWriter writer, CatalogView.Meta meta, SitePages.Page page) throws IOException {
        String path = page.path();
        String templateName = page.template();
        Map<String, Object> model = new HashMap<>();
        model.put("root", Hrefs.root(path));
        model.put("title", page.title());
        model.put("page", page.model());
        model.put("meta", meta);
        Optional<String> digest = memory.digest(path, templateName, page.title(), meta, page.model());
        Optional<Long> size = digest.flatMap(d -> memory.sizeIfUnchanged(path, d));
        if (size.isPresent() && writer.keep(path, size.get())) {
            memory.remember(path, digest.get(), size.get());
            kept.incrementAndGet();
            return;
        }
        // Encoded as it is rendered: a page never exists as one large string as well as its bytes.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PAGE_BUFFER_BYTES);
        try (Writer out = new IndentStrippingWriter(
                new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), PAGE_BUFFER_BYTES))) {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateException broken) {
            throw new ThemeException(
                    "template " + templateName + " failed on " + path + ": " + broken.getMessageWithoutStackTop(),
                    broken);
        }
        byte[] content = SecretFormats.hide(bytes.toByteArray());
        writer.write(path, content);
        digest.ifPresent(d -> memory.remember(path, d, content.length));
    }

    /** A theme that cannot render is the theme author's error, not the mesh's: reported with the template. */
    public static final class ThemeException extends RuntimeException {
        ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
