package io.github.meshplugin.site.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The theme: templates and static assets under {@code mesh/theme/} on the class path (the templates jar, or a
 * replacement jar added to the plugin's dependencies), with single templates and assets overridable from a
 * folder of the user's.
 */
public final class Theme {

    static final String ROOT = "mesh/theme/";

    private final ClassLoader classLoader;
    private final Path overrides;

    /** @param overrides a folder whose files replace the theme's files of the same name, or null */
    public Theme(ClassLoader classLoader, Path overrides) {
        this.classLoader = classLoader;
        this.overrides = overrides;
    }

    public static Theme standard() {
        return new Theme(Theme.class.getClassLoader(), null);
    }

    TemplateLoader templateLoader() throws IOException {
        TemplateLoader fromClasspath = new ClassTemplateLoader(classLoader, ROOT + "templates");
        if (overrides == null || !Files.isDirectory(overrides)) {
            return fromClasspath;
        }
        return new MultiTemplateLoader(
                new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), fromClasspath});
    }

    /** The asset files the theme ships, as listed in its {@code theme.properties}. */
    List<String> assets() {
        Properties properties = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(ROOT + "theme.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "no " + ROOT + "theme.properties on the plugin's class path: " + "the theme jar is missing");
            }
            properties.load(in);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        List<String> assets = new ArrayList<>();
        Arrays.stream(properties.getProperty("assets", "").split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .forEach(assets::add);
        return assets;
    }

    byte[] asset(String name) throws IOException {
        if (overrides != null) {
            Path override = overrides.resolve("assets").resolve(name);
            if (Files.isRegularFile(override)) {
                return Files.readAllBytes(override);
            }
        }
        try (InputStream in = classLoader.getResourceAsStream(ROOT + "assets/" + name)) {
            if (in == null) {
                throw new IOException("theme asset " + name + " is listed in theme.properties but missing");
            }
            return in.readAllBytes();
        }
    }
}
