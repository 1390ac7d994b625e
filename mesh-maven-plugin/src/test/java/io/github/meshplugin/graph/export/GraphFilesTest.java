package io.github.meshplugin.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.result.MeshResult;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {

    private static final Path SAMPLE = Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));

    @TempDir
    Path dir;

    private static Graph<String, DefaultEdge> readGraphMl(String xml) {
        Graph<String, DefaultEdge> read = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(read, new StringReader(xml));
        return read;
    }

    @Test
    void theGraphMlOfTheSampleMeshReadsBackWithTheSameProductsDependenciesAndDomains() throws Exception {
        MeshResult sample = MeshBuild.defaults().run(SAMPLE);
        GraphFiles files = new GraphFiles(sample.mesh(), sample.graph());

        Graph<String, DefaultEdge> products = readGraphMl(files.products(GraphFormat.GRAPHML));
        assertThat(products.vertexSet()).hasSize(14).containsAll(sample.graph().products());
        assertThat(products.edgeSet()).hasSize(sample.graph().edges().size()).hasSize(20);

        Graph<String, DefaultEdge> domains = readGraphMl(files.domains(GraphFormat.GRAPHML));
        assertThat(domains.vertexSet()).hasSize(5);
        assertThat(domains.edgeSet()).hasSize(sample.graph().domainLinks().size());
    }

    @Test
    void idsAndNamesThatLookLikeSyntaxSurviveEveryFormat() throws Exception {
        Mesh mesh = HostileMesh.mesh();
        GraphFiles files = new GraphFiles(mesh, MeshGraph.of(mesh));

        String graphMl = files.products(GraphFormat.GRAPHML);
        Graph<String, DefaultEdge> read = readGraphMl(graphMl);
        assertThat(read.vertexSet()).containsExactlyInAnyOrder("a.quote_x22_d", "b.back_x5C_slash", "b.plain");
        assertThat(read.edgeSet()).hasSize(3);
        assertThat(graphMl).contains("<data key=\"key0\">a.quote\"d</data>", "Say \"hi\" &lt;b&gt;|x|&lt;/b&gt;");

        String dot = files.products(GraphFormat.DOT);
        assertThat(dot)
                .contains(
                        "\"a.quote\\\"d\" -> \"b.back\\\\slash\"",
                        "label=\"ends in a backslash \\\\\"",
                        "label=\"Line one line two\"");

        assertThat(files.products(GraphFormat.MERMAID)).isEqualTo("""
                flowchart RL
                  n0["Say #quot;hi#quot; #lt;b#gt;#124;x#124;#lt;/b#gt; #35; ; {y}"]
                  n1["ends in a backslash \\"]
                  n2["Line one line two"]
                  n0 -->|"b.back\\slash.out"| n1
                  n2 -->|"a.quote#quot;d.out"| n0
                  n2 -->|"b.back\\slash.out"| n1
                """);
    }

    @Test
    void theJsonListsNodesAndEdgesAtBothLevels() throws Exception {
        MeshResult sample = MeshBuild.defaults().run(SAMPLE);
        GraphFiles files = new GraphFiles(sample.mesh(), sample.graph());

        var products = new ObjectMapper().readTree(files.products(GraphFormat.JSON));
        assertThat(products.get("level").asText()).isEqualTo("products");
        assertThat(products.get("nodes")).hasSize(14);
        assertThat(products.get("edges")).hasSize(20);
        assertThat(products.get("edges").get(0).fieldNames())
                .toIterable()
                .containsExactly("consumer", "producer", "contract");
        var domains = new ObjectMapper().readTree(files.domains(GraphFormat.JSON));
        assertThat(domains.get("nodes")).hasSize(5);
        int dependencies = 0;
        for (var edge : domains.get("edges")) {
            dependencies += edge.get("dependencies").asInt();
        }
        assertThat(dependencies).isEqualTo(13);
    }

    @Test
    void theSameMeshGivesTheSameBytesAndEveryFormatWritesTwoFiles() throws Exception {
        MeshResult sample = MeshBuild.defaults().run(SAMPLE);
        List<Path> first = new GraphFiles(sample.mesh(), sample.graph())
                .write(EnumSet.allOf(GraphFormat.class), dir.resolve("one"));
        MeshResult again = MeshBuild.defaults().run(SAMPLE);
        new GraphFiles(again.mesh(), again.graph()).write(EnumSet.allOf(GraphFormat.class), dir.resolve("two"));

        assertThat(first)
                .extracting(path -> path.getFileName().toString())
                .containsExactly(
                        "domains.dot",
                        "domains.graphml",
                        "domains.json",
                        "domains.mmd",
                        "products.dot",
                        "products.graphml",
                        "products.json",
                        "products.mmd");
        for (Path file : first) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(file.getFileName())))
                    .as(file.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void formatsAreReadCaseInsensitivelyFromListsOrCommasAndAnUnknownOneNamesTheValidOnes() {
        assertThat(GraphFormat.parse(List.of("DOT, json", " mermaid ")))
                .containsExactlyInAnyOrder(GraphFormat.DOT, GraphFormat.JSON, GraphFormat.MERMAID);
        assertThatThrownBy(() -> GraphFormat.parse(List.of("dot,png")))
                .hasMessage("Unknown graph format 'png'; the valid formats are dot, mermaid, graphml, json");
        assertThatThrownBy(() -> GraphFormat.parse(List.of(" , ")))
                .hasMessage("No graph format given; the valid formats are dot, mermaid, graphml, json");
    }
}
