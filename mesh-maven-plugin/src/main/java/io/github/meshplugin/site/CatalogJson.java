package io.github.meshplugin.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.DomainLink;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Team;
import java.io.IOException;
import java.util.List;

/**
 * {@code catalog.json}: the whole model, graph and findings for machines. Property order is fixed by the
 * records and maps are sorted, so the same mesh always gives the same bytes.
 */
public final class CatalogJson {

    /** Raised when the shape of the file changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    record Document(String formatVersion, List<Domain> domains, List<Team> teams, List<DataProduct> products,
                    List<Contract> contracts, List<DependencyEdge> dependencies, List<DomainLink> domainDependencies,
                    List<Finding> findings) {
    }

    public byte[] write(MeshBuild.Result result) throws IOException {
        Document document = new Document(FORMAT_VERSION, result.mesh().domains(), result.mesh().teams(),
                result.mesh().products(), result.mesh().contracts(), result.graph().edges(),
                result.graph().domainLinks(), result.findings());
        return (mapper.writeValueAsString(document) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
