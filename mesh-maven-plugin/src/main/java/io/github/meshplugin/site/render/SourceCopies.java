package io.github.meshplugin.site.render;

import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.ContractViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The source files the pages offer for download, copied into the catalog byte for byte: a consumer's tools
 * (contract tests, code generators) read the contract as its authors wrote it, not as the catalog shows it.
 */
final class SourceCopies {

    private SourceCopies() {}

    static void write(CatalogView view, Path meshDirectory, SiteWriter writer) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (ContractViews.ContractPage contract : view.contracts()) {
            for (ContractViews.Download download : contract.downloads()) {
                sources.putIfAbsent(download.href(), download.source());
            }
        }
        Path root = meshDirectory.toAbsolutePath().normalize();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = root.resolve(source.getValue()).normalize();
            // The paths come from the mesh's own scan; a file outside the mesh is never copied into the catalog.
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                writer.write(source.getKey(), Files.readAllBytes(file));
            }
        }
    }
}
