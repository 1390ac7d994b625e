package io.github.meshplugin.graph.export;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import java.util.List;
import java.util.Map;

/** Products whose ids and names hold what graph formats treat as syntax: quotes, backslashes, brackets, pipes. */
final class HostileMesh {

    private HostileMesh() {}

    static DataProduct product(String id, String name, String... reads) {
        String domain = id.substring(0, id.indexOf('.'));
        return new DataProduct(
                id,
                name,
                domain,
                Status.ACTIVE,
                "1.0.0",
                "v1.0.0",
                null,
                null,
                null,
                List.of(),
                new Owner("team \"x\"", false),
                List.of(reads).stream()
                        .map(c -> new InputPort(c, "1.0.0", c, Source.file(id)))
                        .toList(),
                List.of(new OutputPort("out", null, null, "1.0.0", id + ".out", Source.file(id))),
                List.of(),
                Map.of(),
                "domains/" + id,
                null,
                Source.file(id));
    }

    static Mesh mesh() {
        return new Mesh(
                List.of(),
                List.of(),
                List.of(
                        product("a.quote\"d", "Say \"hi\" <b>|x|</b> # ; {y}", "b.back\\slash.out"),
                        product("b.back\\slash", "ends in a backslash \\"),
                        product("b.plain", "Line one\nline two", "a.quote\"d.out", "b.back\\slash.out")),
                List.of());
    }
}
