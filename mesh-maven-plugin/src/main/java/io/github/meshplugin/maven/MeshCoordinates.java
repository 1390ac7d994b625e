package io.github.meshplugin.maven;

/**
 * One mesh of another repository this mesh reads, by the Maven coordinates its catalog was deployed under.
 * {@code version} may be a version, a range ({@code [1.0,2.0)}), {@code LATEST}, {@code RELEASE} or a property.
 * {@code siteUrl}, when set, replaces the site address the mesh recorded in its catalog.
 */
public class MeshCoordinates {
    String groupId;
    String artifactId;
    String version;
    String siteUrl;

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
