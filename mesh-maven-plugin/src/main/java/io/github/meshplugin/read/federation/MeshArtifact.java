package io.github.meshplugin.read.federation;

import java.nio.file.Path;

/**
 * The published catalog of another repository's mesh, as the build system resolved it.
 *
 * @param coordinates {@code groupId:artifactId:version} of the mesh, the version resolved
 * @param catalog     the resolved {@code catalog.json}, or null when it could not be resolved
 * @param siteUrl     where that mesh's catalog site is published (overrides the catalog's own), or null
 * @param problem     why it could not be resolved (the coordinates and the repositories tried), or null
 */
public record MeshArtifact(String coordinates, Path catalog, String siteUrl, String problem) {

    /** {@code groupId:artifactId}: the same mesh in any version. */
    public static String withoutVersion(String coordinates) {
        int last = coordinates.lastIndexOf(':');
        return last <= 0 ? coordinates : coordinates.substring(0, last);
    }
}
