package io.github.meshplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.bench.SyntheticMesh;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {

    private final ConsoleReport console = new ConsoleReport();

    @Test
    void compactModeIsShorterAndStillShowsEveryErrorWithItsFix() {
        MeshResult result = ReportFixtures.broken();
        List<ConsoleReport.Line> compact = console.lines(result, false);
        List<ConsoleReport.Line> verbose = console.lines(result, true);
        compact.forEach(line -> System.out.println(line.text()));

        assertThat(compact.size()).isLessThan(verbose.size());
        assertThat(text(compact).length()).isLessThan(text(verbose).length());
        List<Finding> errors = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).isNotEmpty();
        for (Finding error : errors) {
            assertThat(compact).anySatisfy(line -> {
                assertThat(line.level()).isEqualTo(Severity.ERROR);
                assertThat(line.text())
                        .contains(error.source().location() + ": error [" + error.ruleId() + "] ")
                        .contains("(fix: " + error.hint() + ")");
            });
        }
        assertThat(compact).noneSatisfy(line -> assertThat(line.level()).isEqualTo(Severity.WARNING));
        assertThat(compact.get(compact.size() - 1).text()).isEqualTo("Run with -Dmesh.verbose to see every finding.");
    }

    @Test
    void compactModeSummarizesEachProductInATable() {
        List<String> compact = console.lines(ReportFixtures.broken(), false).stream()
                .map(ConsoleReport.Line::text)
                .toList();

        assertThat(compact.get(1)).startsWith("Findings: ");
        assertThat(compact)
                .anySatisfy(line -> assertThat(line).matches("\\s*product\\s+errors\\s+warnings\\s+infos\\s+rules"));
        assertThat(compact)
                .anySatisfy(line -> assertThat(line).matches("\\s*alpha\\.a1\\s+\\d+\\s+\\d+\\s+\\d+\\s+MESH-.*"));
        assertThat(compact)
                .anySatisfy(line -> assertThat(line).matches("\\s*beta\\.b1\\s+\\d+\\s+[1-9]\\d*\\s+\\d+\\s+MESH-.*"));
        assertThat(compact).allSatisfy(line -> assertThat(line).matches("\\p{ASCII}*"));
    }

    @Test
    void verboseModeIsTheFullReportExistingCallersGet() {
        MeshResult result = ReportFixtures.broken();

        assertThat(console.lines(result)).isEqualTo(console.lines(result, true));
        for (Finding finding : result.findings()) {
            assertThat(console.lines(result))
                    .extracting(ConsoleReport.Line::text)
                    .contains("  " + finding.oneLine());
        }
        assertThat(console.lines(result))
                .extracting(ConsoleReport.Line::text)
                .doesNotContain(ConsoleReport.VERBOSE_HINT);
    }

    @Test
    void aCleanMeshNeedsNoTableAndNoHint(@TempDir Path emptyMesh) throws Exception {
        Files.createDirectories(emptyMesh.resolve("domains"));
        MeshResult clean = MeshBuild.run(BuildSettings.of(emptyMesh)).result();
        assertThat(clean.findings()).isEmpty();

        List<ConsoleReport.Line> compact = console.lines(clean, false);

        assertThat(compact).isEqualTo(console.lines(clean, true)).hasSize(2);
        assertThat(compact.get(1).text()).isEqualTo("Findings: 0 errors, 0 warnings, 0 info");
    }

    @Test
    void warningsLeftOutOfTheCompactViewAreCountedAndPointedTo() {
        MeshResult valid = ReportFixtures.valid();
        Finding warning = new Finding(
                "MESH-SLA-001",
                Severity.WARNING,
                Source.file("domains/shop/orders/orders.odps.yaml"),
                "shop.orders",
                "active product `shop.orders` promises no service level",
                "Add slaProperties.");
        MeshResult withOnlyWarnings = new MeshResult(
                valid.mesh(),
                valid.graph(),
                valid.analysis(),
                List.of(warning),
                valid.rules(),
                valid.suppressed(),
                valid.policy(),
                valid.changes(),
                valid.history());

        List<String> compact = console.lines(withOnlyWarnings, false).stream()
                .map(ConsoleReport.Line::text)
                .toList();

        assertThat(compact).last().isEqualTo(ConsoleReport.VERBOSE_HINT);
        assertThat(compact)
                .noneMatch(
                        line -> line.contains(withOnlyWarnings.findings().get(0).message()));
    }

    @Test
    void compactModeStaysWithinItsBudgetWhenEveryProductOfAGeneratedMeshHasAFinding(@TempDir Path mesh)
            throws Exception {
        SyntheticMesh.write(300, mesh, SyntheticMesh.DEFAULT_SEED);
        List<Path> descriptors;
        try (Stream<Path> files = Files.walk(mesh.resolve("domains"))) {
            descriptors = files.filter(f -> f.toString().endsWith(".odps.yaml"))
                    .sorted()
                    .toList();
        }
        for (int i = 0; i < descriptors.size(); i++) {
            // Every product loses its purpose (a warning); every fifth also publishes a contract nobody wrote
            // (an error for it and for each of its consumers).
            String yaml = Files.readString(descriptors.get(i)).replaceAll("(?m)^  purpose: .*\n", "");
            if (i % 5 == 0) {
                yaml = yaml.replaceAll("(?m)^(    contractId: \\S+)$(?![\\s\\S]*contractId:)", "$1.missing");
            }
            Files.writeString(descriptors.get(i), yaml);
        }
        MeshResult result = MeshBuild.run(BuildSettings.of(mesh)).result();
        Set<String> withFindings =
                result.findings().stream().map(Finding::subject).collect(Collectors.toSet());
        assertThat(withFindings)
                .containsAll(
                        result.mesh().products().stream().map(DataProduct::id).toList());
        long errors = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .count();
        assertThat(errors).isGreaterThan(ConsoleReport.ERROR_CAP);

        List<ConsoleReport.Line> compact = console.lines(result, false, "target/mesh-reports");
        List<String> texts = compact.stream().map(ConsoleReport.Line::text).toList();

        assertThat(compact).hasSizeLessThanOrEqualTo(ConsoleReport.COMPACT_BUDGET);
        assertThat(compact.stream().filter(line -> line.level() == Severity.ERROR))
                .hasSize(ConsoleReport.ERROR_CAP);
        assertThat(texts)
                .contains("  ... and " + (withFindings.size() - ConsoleReport.WORST_PRODUCTS)
                        + " more products with findings")
                .contains((result.findings().size() - ConsoleReport.ERROR_CAP) + " more findings ("
                        + (errors - ConsoleReport.ERROR_CAP) + " errors) in target/mesh-reports.");
        long mostErrors = withFindings.stream()
                .mapToLong(subject -> result.findings().stream()
                        .filter(f -> subject.equals(f.subject()) && f.severity() == Severity.ERROR)
                        .count())
                .max()
                .orElseThrow();
        int header = texts.indexOf(texts.stream()
                .filter(line -> line.matches("\\s*product\\s+errors.*"))
                .findFirst()
                .orElseThrow());
        assertThat(texts.get(header + 1)).matches("\\s*\\S+\\s+" + mostErrors + "\\s+.*");

        List<String> verbose = console.lines(result, true).stream()
                .map(ConsoleReport.Line::text)
                .toList();
        for (Finding finding : result.findings()) {
            assertThat(verbose).contains("  " + finding.oneLine());
        }
    }

    private static String text(List<ConsoleReport.Line> lines) {
        return String.join("\n", lines.stream().map(ConsoleReport.Line::text).toList());
    }
}
