package io.github.meshplugin.site.view;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A product wherever a page lists it: built once per product, and lists of them always by name. */
final class ProductRefs {

    static final Comparator<ProductRef> BY_NAME =
            Comparator.comparing(ProductRef::name).thenComparing(ProductRef::id);

    private final MeshIndex index;
    private final Map<String, ProductRef> refs = new LinkedHashMap<>();

    ProductRefs(MeshIndex index, Scores scores, MeshSites sites) {
        this.index = index;
        Mesh mesh = index.mesh();
        for (DataProduct product : mesh.products()) {
            refs.putIfAbsent(
                    product.id(), ref(mesh, product, scores.of(product.id()).score(), sites.remoteHref(product)));
        }
    }

    private static ProductRef ref(Mesh mesh, DataProduct product, int score, String remoteHref) {
        Domain domain = mesh.domain(product.domain()).orElse(null);
        Team owner = mesh.team(product.ownerTeam()).orElse(null);
        return new ProductRef(
                product.id(),
                product.displayName(),
                Hrefs.product(product.id()),
                product.domain(),
                domain == null ? product.domain() : domain.displayName(),
                Hrefs.domain(product.domain()),
                product.status().label(),
                owner == null ? product.ownerTeam() : owner.displayName(),
                product.ownerTeam() == null ? null : Hrefs.team(product.ownerTeam()),
                product.owner() != null && product.owner().inherited(),
                score,
                remoteHref);
    }

    /** Every product's reference by id, in the mesh's order. */
    Map<String, ProductRef> byId() {
        return Collections.unmodifiableMap(refs);
    }

    /** Null for an id no product of the mesh has. */
    ProductRef of(String productId) {
        return refs.get(productId);
    }

    /** By name, then id. */
    List<ProductRef> of(Iterable<String> ids) {
        List<ProductRef> list = new ArrayList<>();
        ids.forEach(id -> list.add(of(id)));
        list.sort(BY_NAME);
        return list;
    }

    List<ProductRef> where(Predicate<DataProduct> filter) {
        return of(index.products().stream().filter(filter).map(DataProduct::id).toList());
    }
}
