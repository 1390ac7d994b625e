package io.github.meshplugin.read.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.model.Mesh;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** catalog.json only ever gains fields, so a catalog an older build wrote stays a baseline. */
class CatalogJsonBaselineTest {

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
