package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Model records for rule tests that need no files: only the fields a rule reads are meaningful. */
public final class Models {

    private Models() {}

    public static DataProduct product(
            String id, Status status, String version, List<InputPort> inputs, List<OutputPort> outputs) {
        String domain = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        return new DataProduct(
                id,
                id,
                domain,
                status,
                version,
                "v1.0.0",
                "purpose",
                null,
                null,
                List.of(),
                new Owner("team", false),
                inputs,
                outputs,
                List.of(),
                Map.of(),
                "domains/" + domain + "/" + id,
                null,
                Source.file("domains/" + id + ".odps.yaml").at(1, 1));
    }

    public static Contract contract(String id, String version, List<SchemaObject> schema) {
        return new Contract(
                id,
                id,
                version,
                "v3.1.0",
                Status.ACTIVE,
                null,
                "purpose",
                null,
                null,
                List.of(),
                null,
                schema,
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                Source.file(id + ".odcs.yaml").at(1, 1));
    }

    public static Property property(
            String name, String classification, boolean pii, List<String> tags, int line, Property... children) {
        return new Property(
                name,
                null,
                "string",
                null,
                false,
                false,
                false,
                classification,
                false,
                pii,
                tags,
                null,
                List.of(),
                List.of(children),
                Source.file("c.odcs.yaml").at(line, 9),
                List.of(),
                Map.of());
    }

    public static SchemaObject object(String name, Property... properties) {
        return new SchemaObject(
                name,
                null,
                null,
                null,
                List.of(properties),
                List.of(),
                Source.file("c.odcs.yaml").at(6, 5));
    }

    public static List<Finding> check(Rule rule, List<DataProduct> products, List<Contract> contracts) {
        Mesh mesh = new Mesh(List.of(), List.of(), products, contracts);
        List<Finding> findings = new ArrayList<>();
        rule.check(new MeshContext(mesh, MeshGraph.of(mesh)), findings::add);
        return findings;
    }
}
