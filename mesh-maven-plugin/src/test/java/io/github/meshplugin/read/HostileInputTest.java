package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of any kind gives a finding that names the file; the build never crashes and keeps the rest. */
class HostileInputTest {

    @TempDir
    Path mesh;

    private static final String GOOD_PRODUCT = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: d.good
            status: active
            team: {name: t}
            """;

    private Path product(String folder, String file, byte[] content) throws IOException {
        Path dir = Files.createDirectories(mesh.resolve("domains/d").resolve(folder));
        return Files.write(dir.resolve(file), content);
    }

    private MeshResult buildWith(String file, byte[] content) throws IOException {
        product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8));
        product("bad", file, content);
        return MeshBuild.run(BuildSettings.of(mesh)).result();
    }

    private static List<String> rulesAt(MeshResult result, String file) {
        return result.findings().stream()
                .filter(f -> f.source().file().equals(file))
                .map(Finding::ruleId)
                .toList();
    }

    @Test
    void aBillionLaughsDocumentIsRefusedWithAFindingInsteadOfExpanding() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'z'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(("*" + previous + ",").repeat(9))
                    .append('*')
                    .append(previous)
                    .append("]\n");
        }
        MeshResult result = buildWith("bad.odps.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(rulesAt(result, "domains/d/bad/bad.odps.yaml")).containsExactly("MESH-YAML-003");
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good");
    }

    /** 41 anchors, each a property list naming the previous one twice: 80 aliases, 2^40 nodes expanded. */
    private static String nestedAliasBomb() {
        StringBuilder contract = new StringBuilder("""
                apiVersion: v3.0.2
                kind: DataContract
                id: bomb
                version: 1.0.0
                status: active
                defs:
                  p0: &p0 {name: n0, logicalType: string}
                """);
        for (int level = 1; level <= 40; level++) {
            contract.append("  p%d: &p%d {name: n%d, logicalType: object, properties: [*p%d, *p%d]}\n"
                    .formatted(level, level, level, level - 1, level - 1));
        }
        return contract.append("schema: [{name: t, properties: [*p40]}]\n").toString();
    }

    @Test
    void aNestedAliasBombUnderTheAliasCapIsRefusedQuicklyWithOneFindingAtTheFirstAlias() throws IOException {
        // A first build loads the official schemas, so the timed one measures the reading of the bomb alone.
        product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8));
        MeshBuild.run(BuildSettings.of(mesh));
        MeshResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> buildWith("bomb.odcs.yaml", nestedAliasBomb().getBytes(StandardCharsets.UTF_8)));

        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/bad/bomb.odcs.yaml"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MESH-YAML-003");
                    assertThat(f.source().line())
                            .as("the line of `p1`, the first alias")
                            .isEqualTo(8);
                    assertThat(f.hint()).contains("maxYamlNodes");
                });
        assertThat(result.mesh().contracts()).isEmpty();
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good");
    }

    @Test
    void theExpansionBudgetIsASettingOfTheBuild() throws IOException {
        product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8));
        product("bad", "small.odcs.yaml", """
                apiVersion: v3.0.2
                kind: DataContract
                id: small
                version: 1.0.0
                status: active
                defs: {p: &p {name: n, logicalType: string}}
                schema: [{name: t, properties: [*p, *p, *p]}]
                """.getBytes(StandardCharsets.UTF_8));
        BuildSettings defaults = BuildSettings.of(mesh);
        BuildSettings.Reading reading = defaults.reading();
        BuildSettings tight = defaults.withReading(new BuildSettings.Reading(
                reading.domainsDirectory(),
                reading.teamsDirectory(),
                reading.maxFileBytes(),
                10,
                reading.piiTags(),
                reading.piiClassifications()));

        assertThat(rulesAt(MeshBuild.run(defaults).result(), "domains/d/bad/small.odcs.yaml"))
                .doesNotContain("MESH-YAML-003");
        assertThat(rulesAt(MeshBuild.run(tight).result(), "domains/d/bad/small.odcs.yaml"))
                .containsExactly("MESH-YAML-003");
        assertThat(defaults.fingerprint()).isNotEqualTo(tight.fingerprint());
    }

    private static void namedPipe(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    }

    @Test
    void specialFilesAndFoldersNamedLikeFilesAreReportedAndTheCatalogIsStillWritten(@TempDir Path out)
            throws Exception {
        Path folder = product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8))
                .getParent();
        namedPipe(folder.resolve("README.md"));
        namedPipe(folder.resolve("pipe.odcs.yaml"));
        Files.createDirectories(folder.resolve("folder.odcs.yaml"));
        Files.createDirectories(mesh.resolve("teams"));
        namedPipe(mesh.resolve("teams/pipe.yaml"));
        BuildSettings settings =
                BuildSettings.of(mesh).withCache(out.resolve("cache"), true).withSite(out.resolve("site"), "Mesh");

        MeshResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> MeshBuild.run(settings, Goal.SITE, BuildLog.SILENT).result());

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-FILE-001"))
                .extracting(f -> f.source().file() + ": " + f.message())
                .containsExactlyInAnyOrder(
                        "domains/d/good/README.md: `domains/d/good/README.md` is a special file (a named pipe, "
                                + "socket or device), not a regular file; it was not read",
                        "domains/d/good/pipe.odcs.yaml: `domains/d/good/pipe.odcs.yaml` is a special file (a named "
                                + "pipe, socket or device), not a regular file; it was not read",
                        "domains/d/good/folder.odcs.yaml: `domains/d/good/folder.odcs.yaml` is a folder, not a "
                                + "regular file; it was not read",
                        "teams/pipe.yaml: `teams/pipe.yaml` is a special file (a named pipe, socket or device), not "
                                + "a regular file; it was not read");
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good");
        assertThat(out.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void aSecondDocumentInAFileIsReportedAtItsLineAndTheFirstIsRead() throws IOException {
        MeshResult result = buildWith("two.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.first
                status: active
                team: {name: t}
                ---
                id: d.second
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/bad/two.odps.yaml"))
                .filteredOn(
                        f -> f.ruleId().startsWith("MESH-YAML") || f.ruleId().startsWith("MESH-FILE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MESH-YAML-001");
                    assertThat(f.source().line()).isEqualTo(7);
                    assertThat(f.message()).contains("second YAML document");
                });
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.first", "d.good");
    }

    @Test
    void aBinaryFileIsReportedNotParsed() throws IOException {
        MeshResult result = buildWith("bad.odps.yaml", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1});

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-FILE-001"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("binary"));
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithoutBeingLoaded() throws IOException {
        byte[] huge = ("# padding\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        MeshResult result = buildWith("bad.odps.yaml", huge);

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-FILE-001"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("over the limit"));
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        MeshResult result = buildWith("bad.odps.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, 0x28});

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-FILE-001"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("UTF-8"));
    }

    @Test
    void wrongTypesAreReportedAtTheValueAndTheRestOfTheFileIsRead() throws IOException {
        String text = """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.bad
                status: active
                tags: not-a-list
                inputPorts:
                  name: should-be-a-list
                team: {name: t}
                """;
        MeshResult result = buildWith("bad.odps.yaml", text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-SCHEMA-002"))
                .extracting(f -> f.source().line() + ":" + f.message())
                .containsExactly(
                        "5:`tags` should be a list but is a string", "7:`inputPorts` should be a list but is a map");
        assertThat(result.mesh().product("d.bad")).isPresent();
    }

    @Test
    void aSymbolicLinkLoopDoesNotTrapTheScan() throws IOException {
        Path folder = product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8))
                .getParent();
        Files.createSymbolicLink(folder.resolve("loop"), folder);

        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();

        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good");
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("symbolic link"));
    }

    @Test
    void mergeKeysAndAnchorsResolveToTheirValues() {
        List<Finding> findings = new ArrayList<>();
        String text = """
                defaults: &port {version: 1.0.0, contractId: c.one}
                inputPorts:
                  - <<: *port
                    name: first
                  - <<: *port
                    name: second
                    contractId: c.two
                """;
        YamlNode.Mapping root = (YamlNode.Mapping)
                new YamlTreeReader(1_000_000).read(text, "f.yaml", findings).orElseThrow();
        YamlNode.Sequence ports = (YamlNode.Sequence) root.get("inputPorts");

        assertThat(findings).isEmpty();
        assertThat(((YamlNode.Mapping) ports.items().get(0)).entries())
                .containsOnlyKeys("version", "contractId", "name");
        assertThat(((YamlNode.Scalar) ((YamlNode.Mapping) ports.items().get(1)).get("contractId")).text())
                .isEqualTo("c.two");
    }

    @Test
    void anEmptyFileAndAListAtTheTopAreReported() throws IOException {
        product("list", "list.odps.yaml", "- just\n- a list\n".getBytes(StandardCharsets.UTF_8));
        MeshResult result = buildWith("empty.odps.yaml", new byte[0]);

        assertThat(rulesAt(result, "domains/d/bad/empty.odps.yaml")).containsExactly("MESH-SCHEMA-001");
        assertThat(rulesAt(result, "domains/d/list/list.odps.yaml")).containsExactly("MESH-SCHEMA-002");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBySizeWithoutBeingRead() throws IOException {
        Path folder = Files.createDirectories(mesh.resolve("domains/d/big"));
        try (RandomAccessFile huge =
                new RandomAccessFile(folder.resolve("big.odcs.yaml").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8));

        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();

        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/big/big.odcs.yaml"))
                .extracting(Finding::message)
                .containsExactly("file is 52428800 bytes, over the limit of 2097152 bytes; it was not read");
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsReadLikeAnyOtherFileWithTheSameLines() throws IOException {
        String crlf = GOOD_PRODUCT
                .replace("d.good", "d.windows")
                .replace("status: active\n", "")
                .replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = new byte[bom.length + crlf.length()];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(crlf.getBytes(StandardCharsets.UTF_8), 0, content, bom.length, crlf.length());
        MeshResult result = buildWith("bad.odps.yaml", content);

        assertThat(result.mesh().product("d.windows")).isPresent();
        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/bad/bad.odps.yaml"))
                .filteredOn(
                        f -> ReadRules.ALL.stream().anyMatch(rule -> rule.id().equals(f.ruleId())))
                .extracting(f ->
                        f.ruleId() + "@" + f.source().line() + ":" + f.source().column())
                .as("only the removed status is missing; positions count lines as the file shows them")
                .containsExactly("MESH-SCHEMA-001@1:1");
    }

    @Test
    void aScalarDocumentIsReported() throws IOException {
        MeshResult result = buildWith("bad.odps.yaml", "just a sentence\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/bad/bad.odps.yaml"))
                .extracting(Finding::message)
                .containsExactly("the file should hold a YAML map of fields but holds a string");
    }

    @Test
    void twoDescriptorsInOneFolderAreReportedAndBothProductsAreKept() throws IOException {
        product(
                "good",
                "second.odps.yaml",
                GOOD_PRODUCT.replace("d.good", "d.second").getBytes(StandardCharsets.UTF_8));
        MeshResult result = buildWith("other.txt", "not yaml".getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-LAYOUT-003"))
                .singleElement()
                .satisfies(f -> assertThat(f.source().file()).isEqualTo("domains/d/good/second.odps.yaml"));
        assertThat(result.mesh().products()).extracting(p -> p.id()).containsExactly("d.good", "d.second");
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheMeshIsNotFollowed(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("outside.odcs.yaml"), "id: outside\n");
        Path folder = product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8))
                .getParent();
        Files.createSymbolicLink(folder.resolve("linked.odcs.yaml"), secret);

        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();

        assertThat(result.mesh().contracts()).isEmpty();
        assertThat(result.findings())
                .filteredOn(f -> f.source().file().equals("domains/d/good/linked.odcs.yaml"))
                .extracting(Finding::message)
                .containsExactly("`domains/d/good/linked.odcs.yaml` points outside the mesh root; it is not followed");
    }

    @Test
    void aProductFolderWithoutADescriptorIsReportedSoItsFilesAreNotSilentlyLost() throws IOException {
        product("good", "good.odps.yaml", GOOD_PRODUCT.getBytes(StandardCharsets.UTF_8));
        MeshResult result = buildWith("orphan.odcs.yaml", "id: orphan\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("MESH-LAYOUT-001"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo("domains/d/bad");
                    assertThat(f.message())
                            .isEqualTo("folder `domains/d/bad` has no `*.odps.yaml` product "
                                    + "descriptor, so nothing in it is in the catalog");
                });
    }
}
