package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.view.Hrefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the catalog gives machines and other tools: catalog.json and its schema, product JSON, llms.txt, badges. */
class ExportsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"../sample-mesh", "src/test/resources/meshes/broken"})
    void catalogJsonConformsToTheSchemaItShipsWith(String mesh) throws IOException {
        Path site = temp.resolve("site");
        MeshBuild.run(
                        BuildSettings.of(Path.of(mesh)).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        ObjectMapper json = new ObjectMapper();

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(site.resolve("catalog.schema.json").toFile()));
        JsonNode catalog = json.readTree(site.resolve("catalog.json").toFile());
        Set<ValidationMessage> problems = schema.validate(catalog);

        assertThat(problems).isEmpty();
        assertThat(Files.readAllLines(site.resolve("catalog.json")))
                .as("catalog.json is written compact, one line")
                .hasSize(1);
        ((ObjectNode) catalog.get("products").get(0)).put("status", "ACTIVE");
        assertThat(schema.validate(catalog))
                .as("the schema is strict enough to catch a wrong status")
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../sample-mesh"})
    void everyProductHasItsJsonAndBadgeAndIsListedInLlmsTxt(String mesh) throws Exception {
        Path site = temp.resolve("site");
        MeshResult result = MeshBuild.run(
                        BuildSettings.of(Path.of(mesh)).withSite(site, "Northwind Outfitters"),
                        Goal.SITE,
                        BuildLog.SILENT)
                .result();
        String llms = Files.readString(site.resolve("llms.txt"));

        for (var product : result.mesh().products()) {
            String base = Hrefs.product(product.id()).replace(".html", "");
            JsonNode document =
                    new ObjectMapper().readTree(site.resolve(base + ".json").toFile());
            assertThat(document.at("/product/id").asText()).isEqualTo(product.id());
            assertThat(document.get("blastRadius")).isNotNull();
            assertThat(Files.readString(site.resolve(base + ".json")))
                    .as("a product's file is compact, one line, the same bytes on every OS")
                    .startsWith("{\"formatVersion\":")
                    .endsWith("}\n")
                    .containsOnlyOnce("\n");
            Path badge = site.resolve("badges/" + base.substring("products/".length()) + ".svg");
            assertThat(DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(badge.toFile())
                            .getElementsByTagName("title")
                            .item(0)
                            .getTextContent())
                    .contains(product.id(), "quality score");
            assertThat(llms).contains("](" + Hrefs.product(product.id()) + ")");
        }
        Matcher links = Pattern.compile("\\]\\(([^)]+)\\)").matcher(llms);
        while (links.find()) {
            assertThat(site.resolve(links.group(1))).as(links.group(1)).isRegularFile();
        }
        assertThat(llms).startsWith("# Northwind Outfitters: data mesh catalog\n\n> 14 data products in 5 domains");
    }
}
