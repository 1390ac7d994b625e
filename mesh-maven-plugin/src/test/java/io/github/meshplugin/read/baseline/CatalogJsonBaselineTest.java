package io.github.meshplugin.read.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.diff.MeshDiff;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog.json only ever gains fields, so a catalog an older build wrote stays a baseline. */
class CatalogJsonBaselineTest {

    @TempDir
    Path temp;

    @Test
    void aSlimCatalogOfFormat3ReadsBackAsTheSameMeshForBreakingChanges() throws BaselineException, IOException {
        Path site = temp.resolve("site");
        MeshResult result = MeshBuild.run(
                        BuildSettings.of(Path.of("../sample-mesh")).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        Path catalog = site.resolve("catalog.json");
        String written = Files.readString(catalog);

        Mesh baseline = new CatalogJsonBaseline().read(catalog);

        assertThat(written)
                .startsWith("{\"formatVersion\":\"3\"")
                .doesNotContain(":null", "\"tags\":[]", "\"logicalTypeOptions\":{}");
        JsonNode firstProperty = new ObjectMapper().readTree(written).at("/contracts/0/schema/0/properties/0");
        assertThat(firstProperty.has("name")).isTrue();
        assertThat(firstProperty.has("source"))
                .as("a property's source position is left out")
                .isFalse();
        JsonNode tree = new ObjectMapper().readTree(written);
        assertThat(tree.at("/contracts/0/source/file").asText()).endsWith(".odcs.yaml");
        assertThat(tree.at("/contracts/0/schema/0").has("source"))
                .as("nor is a schema object's")
                .isFalse();
        for (JsonNode product : tree.get("products")) {
            assertThat(product.has("source")).isTrue();
            assertThat(product.path("outputPorts").findValues("source"))
                    .as("nor a port's")
                    .isEmpty();
        }
        DataProduct read = baseline.product("sales.orders").orElseThrow();
        assertThat(read.outputPorts())
                .as("what sits in a file reads as at the start of its file")
                .allSatisfy(port -> assertThat(port.source()).isEqualTo(read.source()))
                .allSatisfy(port -> assertThat(port.contractIdSource()).isEqualTo(read.source()));
        assertThat(baseline.products()).hasSameSizeAs(result.mesh().products());
        assertThat(baseline.contract("sales.orders.order-lines").orElseThrow().allProperties())
                .hasSameSizeAs(result.mesh()
                        .contract("sales.orders.order-lines")
                        .orElseThrow()
                        .allProperties());
        assertThat(new MeshDiff()
                        .compare(baseline, result.mesh(), "catalog.json")
                        .contracts())
                .as("the mesh against its own catalog: nothing changed")
                .isEmpty();
    }

    @Test
    void aCatalogWrittenBeforeContractsHadServersReadsWithNoServers() throws BaselineException {
        // The sample's previous release was written before contracts carried their servers.
        Mesh released = new CatalogJsonBaseline().read(Path.of("../sample-mesh/releases/2026.10/catalog.json"));

        assertThat(released.products()).hasSize(14);
        assertThat(released.contracts())
                .isNotEmpty()
                .allSatisfy(contract -> assertThat(contract.servers()).isEmpty());
        assertThat(released.contract("sales.orders.order-lines"))
                .hasValueSatisfying(
                        contract -> assertThat(contract.allProperties()).isNotEmpty());
    }
}
