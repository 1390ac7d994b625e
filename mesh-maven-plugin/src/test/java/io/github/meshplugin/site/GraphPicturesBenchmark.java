package io.github.meshplugin.site;

import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.graph.layout.Layout;
import io.github.meshplugin.graph.layout.LayoutCache;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.GraphSvg;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.GraphPictures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints what the graph pictures of a large synthetic mesh cost: time to choose, lay out and draw every picture
 * (each product's neighbourhood, each domain's products, the domain map), and how large the SVGs are. Then
 * renders the whole catalog, so the pictures can be looked at.
 * {@code GraphPicturesBenchmark [products, default 2000] [site folder] [seed]}.
 */
public final class GraphPicturesBenchmark {

    private static final int SVG_LIMIT = 300 * 1024;

    private GraphPicturesBenchmark() {}

    public static void main(String[] args) throws IOException {
        int productCount = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path site = Path.of(args.length > 1 ? args[1] : "target/graph-pictures-benchmark/site")
                .toAbsolutePath();
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SyntheticMesh.DEFAULT_SEED;
        Path meshRoot = Files.createTempDirectory("graph-benchmark-mesh");
        SyntheticMesh.Summary summary = SyntheticMesh.write(productCount, meshRoot, seed);
        System.out.printf(
                "mesh: %,d products, %,d domains, %,d edges (%,d cross-domain)%n",
                summary.products(), summary.domains(), summary.edges(), summary.crossDomainEdges());
        MeshResult result = MeshBuild.defaults().run(meshRoot);

        Map<String, ProductRef> refs = new LinkedHashMap<>();
        long start = System.nanoTime();
        CatalogView view = new CatalogViewBuilder(result, "Synthetic").build();
        double viewSeconds = (System.nanoTime() - start) / 1e9;
        view.products().forEach(p -> refs.put(p.ref().id(), p.ref()));
        GraphPictures pictures = new GraphPictures(result.mesh(), result.graph(), refs);
        GraphSvg svg = new GraphSvg();

        Figures products = new Figures("product neighbourhoods");
        for (String id : refs.keySet()) {
            products.measure(() -> pictures.neighbourhood(id), svg, "../");
        }
        Figures domains = new Figures("domain pictures");
        for (Domain domain : result.mesh().domains()) {
            domains.measure(() -> pictures.domain(domain.id()), svg, "../");
        }
        Figures map = new Figures("domain map");
        map.measure(pictures::domainMap, svg, "");

        System.out.printf("catalog view with every picture: %.1f s (first run in this JVM)%n", viewSeconds);
        for (Figures figures : List.of(products, domains, map)) {
            figures.print();
        }
        start = System.nanoTime();
        new SiteRenderer(Theme.standard()).render(view, result, site);
        System.out.printf("site written in %.1f s to %s%n", (System.nanoTime() - start) / 1e9, site);
        int over = products.over + domains.over + map.over;
        System.out.println(over == 0 ? "no SVG over 300 KB" : over + " SVGs over 300 KB");
        layoutCache(meshRoot, result);
    }

    /** What the layout cache saves: a build that fills it, one with nothing changed, one after a rename. */
    private static void layoutCache(Path meshRoot, MeshResult result) throws IOException {
        Path file = Files.createTempDirectory("graph-benchmark-cache").resolve("layouts.bin");
        cachedBuild("layout cache, first build", result, file);
        cachedBuild("layout cache, nothing changed", result, file);
        Path product;
        try (var files = Files.walk(meshRoot.resolve("domains"))) {
            product = files.filter(p -> p.toString().endsWith(".odps.yaml"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(product, Files.readString(product).replaceFirst("(?m)^name: .*$", "name: Renamed product"));
        cachedBuild("layout cache, one product renamed", MeshBuild.defaults().run(meshRoot), file);
        System.out.printf("layout cache file: %,d KB%n", Files.size(file) / 1024);
    }

    private static void cachedBuild(String name, MeshResult result, Path file) throws IOException {
        long start = System.nanoTime();
        LayoutCache cache = LayoutCache.open(file);
        new CatalogViewBuilder(result, "Synthetic").layoutCache(cache).build();
        double viewSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        cache.save();
        System.out.printf(
                "%s: catalog view %.1f s, %s; cache written in %.2f s%n",
                name, viewSeconds, cache.stats().describe(), (System.nanoTime() - start) / 1e9);
    }

    private static final class Figures {
        private final String name;
        private final List<Double> layoutMillis = new ArrayList<>();
        private double chooseMillis;
        private double drawMillis;
        private long bytes;
        private int largest;
        private int over;
        private int maxNodes;

        Figures(String name) {
            this.name = name;
        }

        void measure(Supplier<GraphPictures.Chosen> choose, GraphSvg svg, String root) {
            long t0 = System.nanoTime();
            GraphPictures.Chosen chosen = choose.get();
            long t1 = System.nanoTime();
            Layout layout = svg.layout(chosen.sketch());
            long t2 = System.nanoTime();
            int size = svg.draw(chosen.sketch(), layout, root).getBytes(StandardCharsets.UTF_8).length;
            long t3 = System.nanoTime();
            chooseMillis += (t1 - t0) / 1e6;
            layoutMillis.add((t2 - t1) / 1e6);
            drawMillis += (t3 - t2) / 1e6;
            bytes += size;
            largest = Math.max(largest, size);
            maxNodes = Math.max(maxNodes, chosen.sketch().items().size());
            if (size > SVG_LIMIT) {
                over++;
            }
        }

        void print() {
            List<Double> sorted = new ArrayList<>(layoutMillis);
            Collections.sort(sorted);
            double total = sorted.stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf(
                    "%s: %,d pictures; layout %.1f s in all (median %.1f ms, 95th %.1f ms, max %.1f ms);"
                            + " choosing %.1f s, drawing %.1f s; SVG %,d KB in all, largest %,d KB; at most %d boxes%n",
                    name,
                    sorted.size(),
                    total / 1000,
                    sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.95))),
                    sorted.get(sorted.size() - 1),
                    chooseMillis / 1000,
                    drawMillis / 1000,
                    bytes / 1024,
                    largest / 1024,
                    maxNodes);
        }
    }
}
