package io.github.meshplugin.site;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.meshplugin.MeshBuild;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lays out a {@link CatalogView} as a static site with the theme's FreeMarker templates, plus
 * {@code catalog.json} and the search index, and writes it atomically. Templates are HTML-escaping ({@code .ftlh}), so nothing a
 * user wrote can become markup.
 */
public final class SiteRenderer {

    private final Configuration freemarker;
    private final Theme theme;

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

    /**
     * Writes the site to {@code target}, replacing what was there only once everything is written; files whose
     * content did not change keep their old copies.
     */
    public SiteWriter.Summary render(CatalogView view, MeshBuild.Result result, Path target) throws IOException {
        SiteWriter writer = new SiteWriter(target);
        try {
            page(writer, view.meta(), "index.html", "index.ftlh", view.meta().meshName() + ": data mesh catalog", view.overview());
            for (CatalogView.DomainPage domain : view.domains()) {
                page(writer, view.meta(), Hrefs.domain(domain.id()), "domain.ftlh", "Domain " + domain.name(), domain);
            }
            for (CatalogView.ProductPage product : view.products()) {
                page(writer, view.meta(), product.ref().href(), "product.ftlh", product.ref().name(), product);
            }
            for (CatalogView.ContractPage contract : view.contracts()) {
                page(writer, view.meta(), contract.contract().href(), "contract.ftlh", "Contract " + contract.contract().name(),
                        contract);
            }
            for (CatalogView.TeamPage team : view.teams()) {
                page(writer, view.meta(), team.href(), "team.ftlh", "Team " + team.name(), team);
            }
            page(writer, view.meta(), "ownership.html", "ownership.ftlh", "Ownership", view.ownership());
            page(writer, view.meta(), "quality.html", "quality.ftlh", "Quality", view.quality());
            page(writer, view.meta(), "rules.html", "rules.ftlh", "Rules", new RulesPage(view.rules()));
            page(writer, view.meta(), CatalogViewBuilder.GRAPH_PAGE, "graph.ftlh", "Domain map", view.graph());
            for (CatalogView.RuleView rule : view.rules()) {
                page(writer, view.meta(), rule.href(), "rule.ftlh", rule.id() + " " + rule.title(), rule);
            }
            for (String asset : theme.assets()) {
                writer.write("assets/" + asset, theme.asset(asset));
            }
            writer.write("assets/" + WebJar.LUNR.assetName(), WebJar.LUNR.read(SiteRenderer.class.getClassLoader()));
            for (Map.Entry<String, byte[]> file : new SearchIndex(view).files().entrySet()) {
                writer.write(file.getKey(), file.getValue());
            }
            CatalogJson json = new CatalogJson();
            writer.write("catalog.json", json.write(result));
            writer.write("catalog.schema.json", classpathResource(CatalogJson.SCHEMA_RESOURCE));
            for (CatalogView.ProductPage product : view.products()) {
                String base = product.ref().href().substring(0, product.ref().href().length() - ".html".length());
                writer.write(base + ".json", json.writeProduct(result, product));
                writer.write("badges/" + base.substring("products/".length()) + ".svg", Badge.svg(product.ref()));
            }
            writer.write("llms.txt", LlmsTxt.write(view));
            return writer.commit();
        } catch (IOException | RuntimeException failure) {
            writer.abort();
            throw failure;
        }
    }

    private static byte[] classpathResource(String name) throws IOException {
        try (java.io.InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the plugin jar");
            }
            return in.readAllBytes();
        }
    }

    /** The rules page's model: a record so the template reads {@code page.rules} like every other page. */
    public record RulesPage(List<CatalogView.RuleView> rules) {
    }

    private void page(SiteWriter writer, CatalogView.Meta meta, String path, String templateName, String title, Object page)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("title", title);
        model.put("page", page);
        model.put("meta", meta);
        StringWriter out = new StringWriter();
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateException broken) {
            throw new ThemeException("template " + templateName + " failed on " + path + ": "
                    + broken.getMessageWithoutStackTop(), broken);
        }
        writer.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A theme that cannot render is the theme author's error, not the mesh's: reported with the template. */
    public static final class ThemeException extends RuntimeException {
        ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
