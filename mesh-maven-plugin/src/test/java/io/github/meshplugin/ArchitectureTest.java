package io.github.meshplugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of the architecture page, pinned: which top-level package may use which (sub-packages count as
 * part of their top-level package), and no cycles, neither between top-level packages nor between the
 * sub-packages of one.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.meshplugin";

    /** Each top-level package and the packages it may use. Build may use everything. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("finding", Set.of("model")),
            Map.entry("io", Set.of()),
            Map.entry("read", Set.of("model", "finding", "io")),
            Map.entry("policy", Set.of("model", "finding", "read", "io")),
            Map.entry("graph", Set.of("model", "io")),
            Map.entry("diff", Set.of("model")),
            Map.entry("rules", Set.of("model", "finding", "graph", "diff", "policy")),
            Map.entry("result", Set.of("model", "finding", "graph", "diff", "rules", "policy")),
            Map.entry("site", Set.of("model", "finding", "graph", "diff", "io", "result")),
            Map.entry("report", Set.of("model", "finding", "io", "result")),
            Map.entry(
                    "build",
                    Set.of(
                            "model", "finding", "io", "read", "policy", "graph", "diff", "rules", "result", "site",
                            "report")),
            Map.entry("scaffold", Set.of("finding", "rules", "io")),
            Map.entry("imports", Set.of("model", "finding", "read", "diff", "io", "scaffold")),
            Map.entry("maven", Set.of("build", "result", "finding", "scaffold", "imports")),
            // The help goal maven-plugin-plugin generates.
            Map.entry("mesh_maven_plugin", Set.of()));

    /**
     * Arrows the code still has that the map does not allow. Empty since the mojos became thin adapters over
     * build.MeshBuild; it may only shrink: the test fails on an arrow missing here and on an entry here that the
     * code no longer has.
     */
    private static final Map<String, Set<String>> KNOWN_VIOLATIONS = Map.of();

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void subPackagesOfOnePackageFormNoCycle() {
        slices().matching(ROOT + ".(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageIsOnTheMap() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = topLevel(type);
            if (name != null) {
                packages.add(name);
            }
        }
        assertThat(MAY_USE.keySet()).containsAll(packages);
    }

    @Test
    void packagesUseOnlyWhatTheMapAllows() {
        Map<String, Set<String>> arrows = arrows();
        List<String> forbidden = new ArrayList<>();
        arrows.forEach((from, targets) -> targets.stream()
                .filter(to -> !MAY_USE.getOrDefault(from, Set.of()).contains(to))
                .filter(to -> !KNOWN_VIOLATIONS.getOrDefault(from, Set.of()).contains(to))
                .forEach(to -> forbidden.add(from + " -> " + to + " (" + example(from, to) + ")")));
        assertThat(forbidden).as("arrows the package map does not allow").isEmpty();
    }

    /**
     * Only the mojos know Maven: the catalogs of other repositories' meshes are resolved there and reach the build
     * as paths, so the pipeline (and its readers of resolved catalogs, read.federation) runs without Maven.
     */
    @Test
    void onlyTheMojosUseMaven() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".maven..", ROOT + ".mesh_maven_plugin..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                .check(classes);
    }

    @Test
    void knownViolationsOnlyShrink() {
        Map<String, Set<String>> arrows = arrows();
        List<String> gone = new ArrayList<>();
        KNOWN_VIOLATIONS.forEach((from, targets) -> targets.stream()
                .filter(to -> !arrows.getOrDefault(from, Set.of()).contains(to))
                .forEach(to -> gone.add(from + " -> " + to)));
        assertThat(gone)
                .as("known violations the code no longer has: remove them from KNOWN_VIOLATIONS")
                .isEmpty();
    }

    /** Top-level package -> the other top-level packages its classes use. */
    private static Map<String, Set<String>> arrows() {
        Map<String, Set<String>> arrows = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = topLevel(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = topLevel(dependency.getTargetClass());
                if (from != null && to != null && !from.equals(to)) {
                    arrows.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        return arrows;
    }

    private static String example(String from, String to) {
        for (JavaClass type : classes) {
            if (from.equals(topLevel(type))) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    if (to.equals(topLevel(dependency.getTargetClass()))) {
                        return dependency.getDescription();
                    }
                }
            }
        }
        return "";
    }

    /** The top-level package under the root ("graph" for graph.analysis.Closures), or null outside the root. */
    private static String topLevel(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
