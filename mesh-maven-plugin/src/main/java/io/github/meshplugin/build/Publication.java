package io.github.meshplugin.build;

import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.io.SlashPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a mesh publishes for other repositories: its catalog.json, and if asked its whole site as one archive.
 * The archive is the same bytes for the same site (entries sorted, one fixed time), so deploying an unchanged
 * site deploys an identical file.
 */
public final class Publication {

    // 1980-01-01, the earliest time a zip entry can hold: no build time leaks into the archive.
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L);

    private Publication() {}

    /**
     * The catalog.json of the site at {@code siteDirectory}.
     *
     * @throws BuildException when there is none: the site was not built first
     */
    public static Path catalog(Path siteDirectory) {
        Path catalog = siteDirectory.resolve("catalog.json");
        if (!Files.isRegularFile(catalog)) {
            throw new BuildException("There is no catalog to publish at " + catalog + ": run mesh:site before "
                    + "mesh:publish (bind both to the package phase, site first).");
        }
        return catalog;
    }

    /** Zips the site at {@code siteDirectory} into {@code archive}, replacing it whole. */
    public static Path zipSite(Path siteDirectory, Path archive) {
        catalog(siteDirectory);
        try (Stream<Path> walk = Files.walk(siteDirectory)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) ->
                            SlashPaths.relative(siteDirectory, a).compareTo(SlashPaths.relative(siteDirectory, b)))
                    .toList();
            AtomicFile.write(archive, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(SlashPaths.relative(siteDirectory, file));
                    entry.setLastModifiedTime(FIXED_TIME);
                    entry.setTime(FIXED_TIME.toMillis());
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
                zip.finish();
            });
            return archive;
        } catch (IOException failure) {
            throw new BuildException(
                    "Could not archive the site " + siteDirectory + " into " + archive + ": " + failure.getMessage(),
                    failure);
        }
    }
}
