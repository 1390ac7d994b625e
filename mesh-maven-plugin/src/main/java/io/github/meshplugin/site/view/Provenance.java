package io.github.meshplugin.site.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the catalog's input comes from: the git commit the mesh was read at, the commit's time (the catalog's
 * build time, so one commit always gives the same catalog, byte for byte), the branch, and the links to the
 * mesh's files on the repository host. A mesh outside git has none of them.
 */
public record Provenance(String commit, Instant time, String branch, SourceLinks links) {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public Provenance {
        links = links == null ? SourceLinks.none() : links;
    }

    public static Provenance none() {
        return new Provenance(null, null, null, SourceLinks.none());
    }

    CatalogView.Meta meta(String meshName, String generator, MeshSites sites) {
        return new CatalogView.Meta(
                meshName,
                generator,
                commit,
                commit == null ? null : commit.substring(0, Math.min(12, commit.length())),
                time == null ? null : SHOWN.format(time),
                links.tree(),
                sites.siteUrl(),
                sites.list());
    }
}
