package io.github.meshplugin.diff;

import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.baseline.Baselines;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.TestMesh;
import io.github.meshplugin.site.CatalogViewBuilder;
import io.github.meshplugin.site.render.CatalogJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;

/**
 * Prints how long the breaking-change comparison takes on a synthetic mesh in a git repository: reading the
 * baseline from a git ref and from a catalog.json, and comparing. The repository is packed, as a clone is. Run
 * with {@code scripts/baseline-benchmark.sh}.
 */
public final class BaselineBenchmark {

    private BaselineBenchmark() {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int properties = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Files.createTempDirectory("mesh-baseline-benchmark-");
        try {
            TestMesh mesh = new TestMesh(root);
            for (int i = 0; i < products; i++) {
                write(mesh, i, products, properties, properties);
            }
            TestRepository git = new TestRepository(root);
            git.commit("Baseline");
            for (int i = 0; i < products; i += 100) {
                write(mesh, i, products, properties, properties - 1);
            }
            git.commit("Drop the last property of every hundredth contract");
            try (Git packed = Git.open(root.toFile())) {
                packed.gc().call();
            }
            ReadOptions options = ReadOptions.defaults();

            long start = System.nanoTime();
            Mesh current = new MeshReader(options).read(root).mesh();
            long readCurrent = System.nanoTime() - start;

            start = System.nanoTime();
            Mesh fromGit = new Baselines(options).load(root, "HEAD~1");
            long readGit = System.nanoTime() - start;

            Path catalog = root.resolve("catalog.json");
            MeshResult built = MeshBuild.defaults().run(root);
            Files.write(catalog, new CatalogJson().write(built, new CatalogViewBuilder(built, "benchmark").build()));
            start = System.nanoTime();
            Mesh fromJson = new Baselines(options).load(root, "catalog.json");
            long readJson = System.nanoTime() - start;

            start = System.nanoTime();
            MeshChanges changes = new MeshDiff().compare(fromGit, current, "HEAD~1");
            long compare = System.nanoTime() - start;

            System.out.printf(
                    Locale.ROOT,
                    "mesh: %d products, %d contracts of %d properties, %d input ports%n",
                    current.products().size(),
                    current.contracts().size(),
                    properties,
                    current.products().stream()
                            .mapToInt(p -> p.inputPorts().size())
                            .sum());
            System.out.printf(Locale.ROOT, "read the working tree:            %6d ms%n", readCurrent / 1_000_000);
            System.out.printf(
                    Locale.ROOT,
                    "read the baseline from HEAD~1:    %6d ms (%d contracts)%n",
                    readGit / 1_000_000,
                    fromGit.contracts().size());
            System.out.printf(
                    Locale.ROOT,
                    "read the baseline from catalog.json (%d KB): %6d ms (%d contracts)%n",
                    Files.size(catalog) / 1024,
                    readJson / 1_000_000,
                    fromJson.contracts().size());
            System.out.printf(
                    Locale.ROOT,
                    "compare and find the consumers:   %6d ms (%d changed contracts, %d "
                            + "breaking-change verdicts)%n",
                    compare / 1_000_000,
                    changes.contracts().size(),
                    changes.verdicts().size());
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Product i publishes one contract and reads the contracts of the next two products. */
    private static void write(TestMesh mesh, int i, int products, int properties, int kept) {
        String domain = "d" + (i % 50);
        String id = domain + ".p" + i;
        StringBuilder props = new StringBuilder();
        for (int p = 0; p < kept; p++) {
            props.append("      - name: field_").append(p).append("\n        logicalType: string\n");
        }
        mesh.file("domains/" + domain + "/p" + i + "/p" + i + ".odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                name: Product %d
                status: active
                inputPorts:
                  - {name: a, version: 1.0.0, contractId: %s}
                  - {name: b, version: 1.0.0, contractId: %s}
                outputPorts:
                  - {name: out, version: 1.0.0, contractId: %s.out}
                """.formatted(
                        id, i, contractOf((i + 1) % products), contractOf((i + 2) % products), id));
        mesh.file("domains/" + domain + "/p" + i + "/out.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: %s.out
                version: 1.0.0
                status: active
                schema:
                  - name: rows
                    properties:
                %s""".formatted(id, props));
    }

    private static String contractOf(int i) {
        return "d" + (i % 50) + ".p" + i + ".out";
    }
}
