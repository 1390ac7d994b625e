package io.github.meshplugin.site.view;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Origin;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the catalogs of the meshes this one reads are published, and this mesh's own: a product from another
 * repository also links to its page on its own mesh's site.
 *
 * @param sites   the site URL (ending with {@code /}) per mesh, by coordinates with version
 * @param siteUrl where this mesh's own site is published, or null
 */
public record MeshSites(Map<String, String> sites, String siteUrl) {

    public MeshSites {
        sites = Map.copyOf(sites);
    }

    public static MeshSites none() {
        return new MeshSites(Map.of(), null);
    }

    /** The product's page on the site of the mesh that published it, or null for this mesh's or an unknown one. */
    String remoteHref(DataProduct product) {
        String mesh = Origin.mesh(product.source());
        String site = mesh == null ? null : sites.get(mesh);
        return site == null ? null : site + Hrefs.product(product.id());
    }

    /** Every mesh with a known site, by coordinates: what catalog.json records for readers of this catalog. */
    List<CatalogView.MeshSite> list() {
        return new TreeMap<>(sites)
                .entrySet().stream()
                        .map(entry -> new CatalogView.MeshSite(entry.getKey(), entry.getValue()))
                        .toList();
    }
}
