package io.github.meshplugin.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOT that {@code mesh:graph} writes renders with Graphviz. {@code dot} is installed before the integration
 * tests by scripts/ensure-test-tools.sh.
 */
class GraphDotIT {

    private static final Path SAMPLE = Path.of(System.getProperty("mesh.sampleMesh", "../sample-mesh"));

    @TempDir
    Path dir;

    private String renderSvg(Path dot) throws IOException, InterruptedException {
        Path svg = dot.resolveSibling(dot.getFileName() + ".svg");
        Process process = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dot finished").isTrue();
        assertThat(process.exitValue())
                .as("dot -Tsvg " + dot.getFileName() + " said: " + output)
                .isZero();
        assertThat(output).as("dot's warnings").isEmpty();
        return Files.readString(svg);
    }

    @Test
    void theSampleMeshsProductAndDomainGraphsRenderToSvg() throws Exception {
        MeshResult sample = MeshBuild.defaults().run(SAMPLE);
        new GraphFiles(sample.mesh(), sample.graph()).write(EnumSet.of(GraphFormat.DOT), dir);

        String products = renderSvg(dir.resolve("products.dot"));
        assertThat(products).contains("<svg", "<title>sales.orders</title>", "Orders");
        assertThat(products.split("class=\"edge\"", -1)).hasSize(21);
        assertThat(renderSvg(dir.resolve("domains.dot"))).contains("<svg", "<title>finance</title>");
    }

    @Test
    void idsAndNamesWithQuotesAndBackslashesStillRender() throws Exception {
        Mesh mesh = HostileMesh.mesh();
        new GraphFiles(mesh, MeshGraph.of(mesh)).write(EnumSet.of(GraphFormat.DOT), dir);

        String svg = renderSvg(dir.resolve("products.dot"));
        assertThat(svg).contains("<title>a.quote&quot;d</title>", "ends in a backslash \\");
        assertThat(svg.split("class=\"node\"", -1)).hasSize(4);
    }
}
