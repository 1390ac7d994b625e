package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.result.MeshResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Random input for the readers, for a bounded time: YAML from a small grammar that favours the shapes the
 * descriptors use, and mutations of the standards' official examples (byte flips, truncation, repeated lines,
 * anchors and aliases, tabs, byte order marks and other encodings). Whatever a file holds, a build gives
 * findings that name a file, within seconds, and never throws.
 *
 * <p>Each case has its own seed, printed when it fails; {@code -Dmesh.fuzz.seed=N} starts the run at another
 * seed and {@code -Dmesh.fuzz.seconds=N} changes the time budget.
 */
class ReadersFuzzIT {

    private static final Path STANDARDS = Path.of("src/test/resources/standards");
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("mesh.fuzz.seconds", 20));
    // Far above what a case needs (tens of milliseconds): only a hang or an explosion reaches it.
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    private static final long FIRST_SEED = Long.getLong("mesh.fuzz.seed", 20_260_101L);
    private static final String GOOD_PRODUCT = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: d.good
            status: active
            team: {name: t}
            """;

    private static final List<String> KEYS = List.of(
            "apiVersion",
            "kind",
            "id",
            "name",
            "version",
            "status",
            "domain",
            "team",
            "schema",
            "properties",
            "logicalType",
            "physicalType",
            "quality",
            "servers",
            "inputPorts",
            "outputPorts",
            "contractId",
            "tags",
            "description",
            "support",
            "customProperties",
            "slaProperties",
            "x",
            "");
    private static final List<String> SCALARS = List.of(
            "v3.0.2",
            "v1.0.0",
            "DataContract",
            "DataProduct",
            "active",
            "d.p",
            "string",
            "object",
            "array",
            "~",
            "null",
            "true",
            "0x1F",
            "1e400",
            "-0",
            ".nan",
            "2024-02-30",
            "'it''s'",
            "\"tab\\there \\u0000 \\x1b[31m\"",
            "\"unterminated",
            "!!java.net.URL [http://example.com]",
            "!!binary aGVsbG8=",
            "!custom thing",
            "::error file=pom.xml,line=1::forged",
            "<script>alert(1)</script>",
            "ü日本語🙂",
            "*undefined",
            "&lonely value",
            "|",
            ">-",
            "{",
            "[a, b",
            "? [a, b]",
            "- - -",
            "%",
            "@reserved",
            "`reserved");

    @TempDir
    Path work;

    @Test
    void noInputMakesAReaderThrowHangOrReportWithoutAFile() throws IOException {
        List<byte[]> examples = examples();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int cases = 0;
        int refused = 0;
        for (long seed = FIRST_SEED; cases == 0 || System.nanoTime() < deadline; seed++, cases++) {
            Random random = new Random(seed);
            boolean contract = random.nextBoolean();
            byte[] content = random.nextInt(3) == 0
                    ? generated(random, contract)
                    : mutated(examples.get(random.nextInt(examples.size())), random);
            if (check(seed, cases, contract ? "fuzz.odcs.yaml" : "fuzz.odps.yaml", content)) {
                refused++;
            }
        }
        assertThat(cases).as("cases run within the budget").isGreaterThan(10);
        // Most random input is wrong somewhere; if the readers found nothing to say, the input never reached them.
        assertThat(refused)
                .as("cases with findings at the random file, of %d", cases)
                .isGreaterThan(cases / 4);
    }

    /** Whether the build had findings at the random file. */
    private boolean check(long seed, int index, String fileName, byte[] content) throws IOException {
        Path mesh = Files.createDirectories(work.resolve("case-" + index));
        Path good = Files.createDirectories(mesh.resolve("domains/d/good"));
        Files.writeString(good.resolve("good.odps.yaml"), GOOD_PRODUCT);
        Path folder = Files.createDirectories(mesh.resolve("domains/d/fuzz"));
        Files.write(folder.resolve(fileName), content);
        String input = preview(content);
        try {
            MeshResult result = assertTimeoutPreemptively(
                    PER_CASE, () -> MeshBuild.run(BuildSettings.of(mesh)).result());
            deleteTree(mesh);
            for (Finding finding : result.findings()) {
                if (finding.source() == null
                        || finding.source().file() == null
                        || finding.source().file().isBlank()) {
                    fail("seed %d: a finding names no file: %s%ninput:%n%s", seed, finding, input);
                }
            }
            return result.findings().stream().anyMatch(f -> f.source().file().endsWith(fileName));
        } catch (AssertionFailedError failure) {
            throw new AssertionError(
                    "seed %d (%s): %s%ninput:%n%s".formatted(seed, fileName, failure.getMessage(), input), failure);
        } catch (RuntimeException | Error escaped) {
            throw new AssertionError(
                    "seed %d (%s): %s escaped the build%ninput:%n%s".formatted(seed, fileName, escaped, input),
                    escaped);
        }
    }

    // ---- input from a grammar

    private static byte[] generated(Random random, boolean contract) {
        StringBuilder yaml = new StringBuilder();
        if (random.nextInt(8) == 0) {
            yaml.append("%YAML 1.").append(random.nextInt(3)).append('\n');
        }
        if (random.nextInt(4) == 0) {
            yaml.append("---\n");
        }
        if (random.nextInt(3) > 0) {
            yaml.append(
                    contract ? "apiVersion: v3.0.2\nkind: DataContract\n" : "apiVersion: v1.0.0\nkind: DataProduct\n");
            yaml.append("id: ").append(pick(random, SCALARS)).append('\n');
        }
        int entries = 1 + random.nextInt(6);
        for (int i = 0; i < entries; i++) {
            yaml.append(pick(random, KEYS)).append(':');
            block(yaml, random, 1, 0);
        }
        if (random.nextInt(10) == 0) {
            yaml.append(random.nextBoolean() ? "...\n" : "---\nsecond: document\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value after "key:" at {@code indent} spaces, ending its last line. */
    private static void block(StringBuilder yaml, Random random, int depth, int indent) {
        int shape = depth > 5 ? 0 : random.nextInt(5);
        String inner = " ".repeat(indent + 2);
        switch (shape) {
            case 0 -> yaml.append(' ').append(pick(random, SCALARS)).append('\n');
            case 1 -> yaml.append(' ').append(flow(random, depth)).append('\n');
            case 2 -> {
                yaml.append(random.nextInt(6) == 0 ? " &a" + random.nextInt(3) : "")
                        .append('\n');
                int entries = 1 + random.nextInt(4);
                for (int i = 0; i < entries; i++) {
                    yaml.append(inner).append(pick(random, KEYS)).append(':');
                    block(yaml, random, depth + 1, indent + 2);
                }
            }
            case 3 -> {
                yaml.append('\n');
                int items = 1 + random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    yaml.append(inner).append("- ").append(pick(random, KEYS)).append(':');
                    block(yaml, random, depth + 1, indent + 4);
                }
            }
            default ->
                yaml.append(random.nextBoolean() ? " *a" + random.nextInt(3) : " |\n" + inner + "text\n")
                        .append(random.nextBoolean() ? "" : "\n");
        }
    }

    private static String flow(Random random, int depth) {
        if (depth > 6 || random.nextInt(3) == 0) {
            return pick(random, SCALARS);
        }
        List<String> parts = new ArrayList<>();
        int size = random.nextInt(4);
        boolean map = random.nextBoolean();
        for (int i = 0; i < size; i++) {
            parts.add(map ? pick(random, KEYS) + ": " + flow(random, depth + 1) : flow(random, depth + 1));
        }
        return (map ? "{" : "[") + String.join(", ", parts) + (map ? "}" : "]");
    }

    // ---- mutations of the official examples

    private static byte[] mutated(byte[] example, Random random) {
        byte[] content = example;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            content = switch (random.nextInt(8)) {
                case 0 -> flipBytes(content, random);
                case 1 -> Arrays.copyOf(content, random.nextInt(content.length + 1));
                case 2 -> editLines(content, random, Mutation.DUPLICATE);
                case 3 -> editLines(content, random, Mutation.ANCHOR);
                case 4 -> editLines(content, random, Mutation.TAB);
                case 5 -> editLines(content, random, Mutation.INSERT);
                case 6 -> withBom(content, random);
                default -> content;
            };
        }
        return content;
    }

    private static byte[] flipBytes(byte[] content, Random random) {
        byte[] flipped = content.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && flipped.length > 0; i++) {
            int at = random.nextInt(flipped.length);
            flipped[at] =
                    random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (flipped[at] ^ (1 << random.nextInt(8)));
        }
        return flipped;
    }

    private enum Mutation {
        DUPLICATE,
        ANCHOR,
        TAB,
        INSERT
    }

    private static byte[] editLines(byte[] content, Random random, Mutation mutation) {
        List<String> lines =
                new ArrayList<>(Arrays.asList(new String(content, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (mutation) {
            case DUPLICATE -> {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    lines.add(at, line);
                }
            }
            case ANCHOR -> {
                // An anchor on a mapping value and aliases to it further down, or an alias to nothing.
                int colon = line.indexOf(": ");
                String name = "f" + random.nextInt(2);
                if (colon > 0) {
                    lines.set(at, line.substring(0, colon + 2) + "&" + name + " " + line.substring(colon + 2));
                }
                int aliases = 1 + random.nextInt(4);
                for (int i = 0; i < aliases; i++) {
                    int where = at + random.nextInt(lines.size() - at);
                    String target = lines.get(where);
                    int targetColon = target.indexOf(": ");
                    if (targetColon > 0) {
                        lines.set(where, target.substring(0, targetColon + 2) + "*" + name);
                    }
                }
            }
            case TAB -> lines.set(at, line.replaceFirst("^ +", random.nextBoolean() ? "\t" : " \t"));
            case INSERT ->
                lines.add(at, line.replaceFirst("\\S.*", "") + pick(random, KEYS) + ": " + pick(random, SCALARS));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] content, Random random) {
        String text = new String(content, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case 1 -> out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
            case 2 -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            case 3 -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB});
            default -> out.writeBytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
        }
        Charset charset = switch (random.nextInt(4)) {
            case 0 -> StandardCharsets.UTF_16BE;
            case 1 -> StandardCharsets.UTF_16LE;
            case 2 -> Charset.forName("UTF-32BE");
            default -> StandardCharsets.UTF_8;
        };
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    // ---- helpers

    private static List<byte[]> examples() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARDS)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> p.toString().contains("examples"))
                    .sorted()
                    .toList();
            List<byte[]> examples = new ArrayList<>();
            for (Path path : paths) {
                examples.add(Files.readAllBytes(path));
            }
            assertThat(examples).as("the official examples").hasSizeGreaterThan(10);
            return examples;
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The input as text a report can hold: the first lines, control bytes written as escapes. */
    private static String preview(byte[] content) {
        StringBuilder text = new StringBuilder();
        String decoded = new String(content, 0, Math.min(content.length, 4000), StandardCharsets.ISO_8859_1);
        for (char c : decoded.toCharArray()) {
            text.append(c == '\n' || (c >= 0x20 && c < 0x7f) ? String.valueOf(c) : "\\x%02x".formatted((int) c));
        }
        return text.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
