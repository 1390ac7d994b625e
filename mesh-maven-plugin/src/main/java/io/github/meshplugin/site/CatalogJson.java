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
import io.github.meshplugin.model.Server;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.finding.Severity;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import java.io.IOException;
import java.util.List;

/**
 * {@code catalog.json}: the whole model, graph and findings for machines. Property order is fixed by the
 * records and maps are sorted, so the same mesh always gives the same bytes.
 */
public final class CatalogJson {

    /** Raised when the shape of the file changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    /** The JSON Schema of this file, shipped beside it in the site. */
    public static final String SCHEMA_RESOURCE = "mesh/catalog.schema.json";

    // Statuses and severities read as the words people write in YAML, not as Java constant names.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addModule(new SimpleModule()
                    .addSerializer(Status.class, new ToStringSerializerBase(Status.class) {
                        @Override
                        public String valueToString(Object value) {
                            return ((Status) value).label();
                        }
                    })
                    .addSerializer(Severity.class, new ToStringSerializerBase(Severity.class) {
                        @Override
                        public String valueToString(Object value) {
                            return ((Severity) value).label();
                        }
                    })
                    .addSerializer(Server.class, new HiddenSecrets()))
            .build();

    /** Servers as data, with their secrets always hidden: files for machines are copied around more freely. */
    private static final class HiddenSecrets extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Server> {

        HiddenSecrets() {
            super(Server.class);
        }

        @Override
        public void serialize(Server server, JsonGenerator json, com.fasterxml.jackson.databind.SerializerProvider provider)
                throws IOException {
            json.writeStartObject();
            json.writeStringField("server", ServerSecrets.hideInside(server.server()));
            json.writeStringField("type", server.type());
            json.writeStringField("environment", server.environment());
            json.writeStringField("description", ServerSecrets.hideInside(server.description()));
            json.writeArrayFieldStart("settings");
            for (Server.Setting setting : server.settings()) {
                json.writeStartObject();
                json.writeStringField("key", setting.key());
                json.writeStringField("value", ServerSecrets.hide(setting));
                json.writeEndObject();
            }
            json.writeEndArray();
            provider.defaultSerializeField("source", server.source(), json);
            json.writeEndObject();
        }
    }

    record Document(String formatVersion, List<Domain> domains, List<Team> teams, List<DataProduct> products,
                    List<Contract> contracts, List<DependencyEdge> dependencies, List<DomainLink> domainDependencies,
                    List<Finding> findings) {
    }

    /** One product's file, {@code products/<id>.json}: the product, its contracts, neighbours and findings. */
    record ProductDocument(String formatVersion, DataProduct product, List<Contract> contracts,
                           List<String> upstream, List<String> downstream, List<String> blastRadius,
                           CatalogView.ScoreView score, List<Finding> findings) {
    }

    public byte[] writeProduct(MeshBuild.Result result, CatalogView.ProductPage page) throws IOException {
        DataProduct product = result.mesh().product(page.ref().id()).orElseThrow();
        List<Contract> contracts = page.contracts().stream()
                .map(c -> result.mesh().contract(c.id()).orElseThrow()).toList();
        List<Finding> findings = result.findings().stream()
                .filter(f -> product.id().equals(f.subject())).toList();
        ProductDocument document = new ProductDocument(FORMAT_VERSION, product, contracts,
                List.copyOf(result.graph().upstream(product.id())),
                page.downstream().stream().map(CatalogView.ProductRef::id).toList(),
                List.copyOf(result.graph().downstream(product.id())), page.score(), findings);
        return (mapper.writeValueAsString(document) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] write(MeshBuild.Result result) throws IOException {
        Document document = new Document(FORMAT_VERSION, result.mesh().domains(), result.mesh().teams(),
                result.mesh().products(), result.mesh().contracts(), result.graph().edges(),
                result.graph().domainLinks(), result.findings());
        return (mapper.writeValueAsString(document) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
