package io.github.meshplugin.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A browser library packaged as a WebJar on the plugin's class path. The version is read from the jar's own
 * Maven metadata, so updating the dependency is the only change a new version needs.
 */
public record WebJar(String groupId, String artifactId, String file) {

    /** Lunr: the search box's prefix and fuzzy term matching (its token-set automata). */
    public static final WebJar LUNR = new WebJar("org.webjars.npm", "lunr", "lunr.min.js");

    /** D3: pan and zoom of the lineage explorer's pictures (d3-zoom); its bundle keeps its copyright line. */
    public static final WebJar D3 = new WebJar("org.webjars.npm", "d3", "dist/d3.min.js");

    /** The name the file takes in the site's assets folder: its own, without the jar's folders. */
    public String assetName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    public byte[] read(ClassLoader classLoader) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = open(classLoader, "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            pom.load(in);
        }
        try (InputStream in = open(
                classLoader,
                "META-INF/resources/webjars/" + artifactId + "/" + pom.getProperty("version") + "/" + file)) {
            return in.readAllBytes();
        }
    }

    private InputStream open(ClassLoader classLoader, String resource) throws IOException {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing: the WebJar " + groupId + ":" + artifactId
                    + " must be on the plugin's class path");
        }
        return in;
    }
}
