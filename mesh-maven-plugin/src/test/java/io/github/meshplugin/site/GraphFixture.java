package io.github.meshplugin.site;

import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.GraphPictures;
import io.github.meshplugin.site.view.Hrefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mesh built in memory for graph pictures: products in domains, and who reads whom. */
final class GraphFixture {

    private final Map<String, String[]> products = new LinkedHashMap<>();
    private final Map<String, List<String>> reads = new LinkedHashMap<>();
    private final List<Domain> domains = new ArrayList<>();

    GraphFixture domain(String id, String name) {
        domains.add(new Domain(id, name, null, null, Source.file("domains/" + id + "/domain.yaml")));
        return this;
    }

    /** A product {@code domain.name-like id}, active unless a status is given. */
    GraphFixture product(String id, String name, String domain, Status status) {
        products.put(id, new String[] {name, domain, status.name()});
        return this;
    }

    GraphFixture product(String id, String domain) {
        return product(id, id, domain, Status.ACTIVE);
    }

    /** {@code consumer} reads the contract {@code producer} publishes. */
    GraphFixture reads(String consumer, String producer) {
        reads.computeIfAbsent(consumer, k -> new ArrayList<>()).add(producer);
        return this;
    }

    Mesh mesh() {
        List<DataProduct> list = new ArrayList<>();
        products.forEach((id, p) -> {
            List<InputPort> inputs = reads.getOrDefault(id, List.of()).stream()
                    .map(producer ->
                            new InputPort("in-" + producer, "1.0.0", producer + ".out", Source.file(id + ".odps.yaml")))
                    .toList();
            list.add(new DataProduct(
                    id,
                    p[0],
                    p[1],
                    Status.valueOf(p[2]),
                    "1.0.0",
                    "v1.0.0",
                    null,
                    null,
                    null,
                    List.of(),
                    new Owner("team", false),
                    inputs,
                    List.of(new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id + ".odps.yaml"))),
                    List.of(),
                    Map.of(),
                    "domains/" + p[1] + "/" + id,
                    null,
                    Source.file("domains/" + p[1] + "/" + id + "/" + id + ".odps.yaml")));
        });
        return new Mesh(domains, List.of(), list, List.of());
    }

    GraphPictures pictures() {
        Mesh mesh = mesh();
        Map<String, ProductRef> refs = new LinkedHashMap<>();
        for (DataProduct p : mesh.products()) {
            String domainName = mesh.domain(p.domain()).map(Domain::displayName).orElse(p.domain());
            refs.put(
                    p.id(),
                    new ProductRef(
                            p.id(),
                            p.displayName(),
                            Hrefs.product(p.id()),
                            p.domain(),
                            domainName,
                            Hrefs.domain(p.domain()),
                            p.status().label(),
                            "Team",
                            Hrefs.team("team"),
                            false,
                            50,
                            null));
        }
        return new GraphPictures(mesh, MeshGraph.of(mesh), refs);
    }
}
