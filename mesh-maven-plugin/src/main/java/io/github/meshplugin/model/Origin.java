package io.github.meshplugin.model;

/**
 * Which mesh an element comes from. An element read from another repository's published catalog keeps the path
 * it had there, after the coordinates of the mesh artifact that published it: {@code org.acme:sales-mesh:1.4.0!/
 * domains/sales/orders/orders.odps.yaml}. A path without that prefix is a file of this mesh. Kept in the path so
 * every record that has a {@link Source} carries its origin through merged catalogs without a field of its own.
 */
public final class Origin {

    /** Between the mesh artifact's coordinates and the path inside that mesh, as in a jar URL. */
    public static final String SEPARATOR = "!/";

    private Origin() {}

    /** The coordinates of the mesh that published the element, or null for an element of this mesh. */
    public static String mesh(Source source) {
        return source == null ? null : mesh(source.file());
    }

    /** The coordinates in {@code file}, or null for a path of this mesh. */
    public static String mesh(String file) {
        if (file == null) {
            return null;
        }
        int at = file.indexOf(SEPARATOR);
        return at <= 0 ? null : file.substring(0, at);
    }

    /** Whether the element comes from another mesh's published catalog. */
    public static boolean isExternal(Source source) {
        return mesh(source) != null;
    }

    /** {@code file} as a path of the mesh {@code coordinates}; a path that already names its mesh keeps it. */
    public static String qualify(String coordinates, String file) {
        if (file == null || mesh(file) != null) {
            return file;
        }
        return coordinates + SEPARATOR + file;
    }
}
