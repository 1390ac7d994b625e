package io.github.meshplugin.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.SchemaFindingsCache;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times one read of a mesh (the "read" stage of a build: scan, parse, check against the official schemas, build
 * the model) in this JVM and prints wall and CPU time: {@code ReadBench <mesh> [cacheDirectory]}. With a cache
 * directory the read keeps and reuses the schema findings there, as a Maven build does in
 * {@code target/mesh-cache}. Run by {@code bench/read}, one JVM per read, so every figure includes the JVM's
 * warm-up as a Maven build's does.
 */
public final class ReadBench {

    private ReadBench() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ReadBench <mesh> [cacheDirectory]");
            System.exit(2);
        }
        Path mesh = Path.of(args[0]).toAbsolutePath().normalize();
        SchemaFindingsCache cache = args.length > 1
                ? SchemaFindingsCache.open(Path.of(args[1]).resolve(MeshBuild.SCHEMA_CACHE_FILE), "bench")
                : SchemaFindingsCache.none();
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        MeshReader.Result read =
                new MeshReader(ReadOptions.defaults()).withCache(cache).read(mesh);
        long wall = System.nanoTime() - start;
        cpu = os.getProcessCpuTime() - cpu;
        System.out.printf(
                Locale.ROOT,
                "%6.1f s wall %6.1f s CPU  %,d products, %,d findings; %,d files checked, " + "%,d from the cache%n",
                wall / 1e9,
                cpu / 1e9,
                read.mesh().products().size(),
                read.findings().size(),
                cache.checked(),
                cache.recalled());
    }
}
