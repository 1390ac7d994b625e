package io.github.meshplugin.build;

import io.github.meshplugin.diff.MeshChanges;
import io.github.meshplugin.diff.MeshDiff;
import io.github.meshplugin.diff.Revision;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Findings;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.io.Progress;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Origin;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.policy.PolicyReader;
import io.github.meshplugin.policy.PolicyReferences;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.read.FolderCache;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.SchemaFindingsCache;
import io.github.meshplugin.read.baseline.BaselineException;
import io.github.meshplugin.read.baseline.Baselines;
import io.github.meshplugin.read.baseline.GitSnapshots;
import io.github.meshplugin.read.federation.MeshArtifact;
import io.github.meshplugin.read.federation.MeshCatalogs;
import io.github.meshplugin.report.ConsoleReport;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.breaking.BaselineUnavailable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one pipeline every goal runs: read -> graph and analyses -> compare -> rules, then the findings summary and
 * the reports, then what the goal writes (the graph files, or the catalog's view, pages and exports in one swap).
 * A build whose inputs and settings did not change since the last one repeats its log and outcome instead (see
 * {@link BuildCache}). Knows nothing of Maven: a goal turns its parameters into {@link BuildSettings} and the
 * {@link BuildOutcome} into passing or failing.
 */
public final class MeshBuild {

    private final ReadOptions readOptions;
    private final RuleSet rules;
    private final RulePolicy configuredPolicy;
    private final String baseline;
    private final int history;
    private final BuildCache cache;
    private final List<MeshArtifact> artifacts;
    private Map<String, String> meshSites = Map.of();

    private MeshBuild(BuildSettings settings, CheckedSettings checked, BuildCache cache) {
        this.readOptions = checked.readOptions();
        this.rules = checked.rules();
        this.configuredPolicy = checked.configuredPolicy();
        this.baseline = settings.comparison().baseline();
        this.history = settings.comparison().history();
        this.cache = cache;
        this.artifacts = settings.federation().meshes().stream()
                .map(mesh -> new MeshArtifact(mesh.coordinates(), mesh.catalog(), mesh.siteUrl(), mesh.problem()))
                .toList();
    }

    /** Reads and checks the mesh as {@code mesh:validate} does, telling no one: for programs and tests. */
    public static BuildOutcome run(BuildSettings settings) {
        return run(settings, Goal.VALIDATE, BuildLog.SILENT);
    }

    /**
     * Runs the stages {@code goal} needs, telling {@code log} of each stage as it completes, of the findings, of
     * what was written and of any trouble with the cache.
     *
     * @throws BuildException when a setting makes no sense or an output cannot be written
     */
    public static BuildOutcome run(BuildSettings settings, Goal goal, BuildLog log) {
        CheckedSettings checked = CheckedSettings.check(settings, goal);
        if (goal != Goal.SITE || settings.site().outputDirectory() == null) {
            return run(settings, goal, log, checked);
        }
        try (SiteLock lock = SiteLock.acquire(settings.site().outputDirectory())) {
            return run(settings, goal, log, checked);
        }
    }

    private static BuildOutcome run(BuildSettings settings, Goal goal, BuildLog log, CheckedSettings checked) {
        BuildCache cache = BuildCache.open(settings.caching(), log);
        if (goal == Goal.SITE) {
            CatalogStage.recover(settings.site());
        }
        LastBuild last = LastBuild.of(cache, goal, settings);
        Optional<BuildOutcome> repeated = last.repeat(log);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        Progress.Recorder progress =
                new Progress.Recorder((stage, outcome, nanos) -> log.info(Progress.line(stage, outcome, nanos)));
        MeshBuild build = new MeshBuild(settings, checked, cache);
        MeshResult result = build.analyse(settings.meshDirectory(), progress);
        List<UpToDate.Line> printed = new ArrayList<>();
        for (ConsoleReport.Line line :
                new ConsoleReport().lines(result, settings.reporting().verbose(), ReportStage.folderShown(settings))) {
            printed.add(new UpToDate.Line(line.level().name(), line.text()));
            log.line(BuildLog.Level.valueOf(line.level().name()), line.text());
        }
        List<Path> written = new ArrayList<>(ReportStage.write(result, settings, checked.failOn(), progress));
        switch (goal) {
            case GRAPH -> written.addAll(GraphStage.write(result, settings.graph(), checked.graphFormats(), log));
            case SITE ->
                written.addAll(CatalogStage.write(
                        result,
                        settings.meshDirectory(),
                        settings.site(),
                        new CatalogStage.Links(build.meshSites, settings.federation()),
                        checked.rawHtml(),
                        cache,
                        progress,
                        log));
            case VALIDATE -> {}
        }
        if (settings.reporting().timings()) {
            log.info("Timings:");
            progress.table().forEach(line -> log.info("  " + line));
        }
        String failure = checked.failOn().failure(result.findings()).orElse(null);
        last.remember(printed, failure);
        return new BuildOutcome(result, failure, written);
    }

    /** Read, graph, compare and rules, telling {@code progress} of each stage as it completes. */
    private MeshResult analyse(Path meshRoot, Progress progress) {
        Path root = meshRoot.toAbsolutePath().normalize();
        SchemaFindingsCache schemaCache = cache.schemaFindings();
        FolderCache folderCache = cache.productFolders(readOptions);
        MeshReader.Result read = progress.time(
                "read",
                () -> new MeshReader(readOptions)
                        .withCache(schemaCache)
                        .withFolderCache(folderCache)
                        .read(root),
                done -> Progress.count(done.mesh().products().size(), "product") + ", "
                        + Progress.count(done.mesh().contracts().size(), "contract") + ", "
                        + Progress.count(done.mesh().domains().size(), "domain") + ", "
                        + Progress.count(done.mesh().teams().size(), "team") + " read"
                        + (schemaCache.recalled() == 0
                                ? ""
                                : "; the schema findings of " + Progress.count(schemaCache.recalled(), "unchanged file")
                                        + " reused")
                        + (folderCache.recalled() == 0
                                ? ""
                                : "; " + Progress.count(folderCache.recalled(), "unchanged product folder")
                                        + " taken from the last build"));
        MeshCatalogs catalogs = new MeshCatalogs();
        MeshCatalogs.Loaded loaded = catalogs.load(artifacts);
        MeshCatalogs.Result federated = catalogs.merge(read.mesh(), loaded);
        Mesh mesh = federated.mesh();
        meshSites = federated.sites();
        if (!artifacts.isEmpty()) {
            progress.completed(
                    "meshes",
                    Progress.count(loaded.meshes().size(), "mesh catalog", "mesh catalogs") + " of "
                            + artifacts.size() + " read: "
                            + Progress.count(
                                    mesh.products().size()
                                            - read.mesh().products().size(),
                                    "product")
                            + ", "
                            + Progress.count(
                                    mesh.contracts().size()
                                            - read.mesh().contracts().size(),
                                    "contract")
                            + " from other repositories",
                    0);
        }
        List<Finding> policyFindings = new ArrayList<>();
        RulePolicy policy = new PolicyReader().read(root, policyFindings).overriddenBy(configuredPolicy);
        RuleSet effectiveRules = rules.withPolicy(policy);
        MeshGraph graph = progress.time(
                "graph",
                () -> MeshGraph.of(mesh),
                done -> Progress.count(done.edges().size(), "dependency", "dependencies") + " between "
                        + Progress.count(done.products().size(), "product"));

        // Made here, once, and handed to the rules and in the result to the site: every analysis is computed once.
        GraphAnalysis analysis = GraphAnalysis.of(mesh, graph);

        long compareStart = System.nanoTime();
        List<Finding> baselineFindings = new ArrayList<>();
        MeshChanges changes = compareWithBaseline(root, mesh, loaded, baselineFindings);
        List<Revision> revisions = history(root, baselineFindings);
        if (baseline != null || history > 0) {
            progress.completed(
                    "compare",
                    (baseline == null
                                    ? ""
                                    : "baseline `" + baseline + "`: "
                                            + Progress.count(changes.contracts().size(), "contract") + " changed")
                            + (baseline != null && history > 0 ? "; " : "")
                            + (history > 0 ? Progress.count(revisions.size(), "commit") + " of history compared" : ""),
                    System.nanoTime() - compareStart);
        }

        long rulesStart = System.nanoTime();
        Findings findings = new Findings();
        findings.addAll(read.findings());
        findings.addAll(policyFindings);
        findings.addAll(PolicyReferences.check(policy, effectiveRules.catalogue(), read.mesh()));
        findings.addAll(baselineFindings);
        findings.addAll(federated.findings());
        // Another mesh's own build reports what is wrong inside it; here only what this mesh does with it counts.
        effectiveRules.check(new MeshContext(mesh, graph, analysis, changes)).stream()
                .filter(finding -> !Origin.isExternal(finding.source()))
                .forEach(findings::add);
        Map<String, String> productsByFolder = productsByFolder(mesh);
        List<Finding> attributed = findings.sorted().stream()
                .map(finding -> finding.subject() != null ? finding : attribute(finding, productsByFolder))
                .toList();
        RulePolicy.Outcome outcome = policy.apply(attributed, effectiveRules.catalogue(), mesh);
        progress.completed(
                "rules",
                Progress.count(effectiveRules.catalogue().size(), "rule") + " checked, "
                        + Progress.count(outcome.findings().size(), "finding"),
                System.nanoTime() - rulesStart);
        return new MeshResult(
                mesh,
                graph,
                analysis,
                outcome.findings(),
                effectiveRules,
                outcome.suppressed(),
                policy,
                changes,
                revisions);
    }

    /**
     * The baseline gets the same other meshes as the current mesh, so only this mesh's changes show, and their
     * consumers in other repositories are found.
     */
    private MeshChanges compareWithBaseline(Path root, Mesh mesh, MeshCatalogs.Loaded loaded, List<Finding> findings) {
        if (baseline == null) {
            return MeshChanges.none();
        }
        try {
            Mesh before = new MeshCatalogs()
                    .merge(new Baselines(readOptions).load(root, baseline), loaded)
                    .mesh();
            return new MeshDiff().compare(before, mesh, baseline);
        } catch (BaselineException unreadable) {
            findings.add(unavailable("cannot compare with baseline `" + baseline + "`", unreadable));
            return MeshChanges.none();
        }
    }

    /** Newest first: each of the last commits compared with its parent; commits that changed no contract drop out. */
    private List<Revision> history(Path root, List<Finding> findings) {
        if (history == 0) {
            return List.of();
        }
        try (GitSnapshots git = GitSnapshots.open(root, readOptions)) {
            List<GitSnapshots.Snapshot> snapshots = git.history(history);
            List<Revision> revisions = new ArrayList<>();
            MeshDiff diff = new MeshDiff();
            for (int i = 0; i + 1 < snapshots.size(); i++) {
                GitSnapshots.Snapshot commit = snapshots.get(i);
                GitSnapshots.Snapshot parent = snapshots.get(i + 1);
                if (!commit.meshTree().equals(parent.meshTree())) {
                    MeshChanges changes = diff.compare(parent.mesh(), commit.mesh(), commit.commit());
                    if (!changes.contracts().isEmpty()) {
                        revisions.add(new Revision(commit.commit(), commit.date(), commit.subject(), changes));
                    }
                }
            }
            return revisions;
        } catch (BaselineException unreadable) {
            findings.add(unavailable("cannot read the history of the last " + history + " commits", unreadable));
            return List.of();
        }
    }

    /** What the build could not read to compare with, as a finding of the mesh as a whole. */
    private static Finding unavailable(String what, BaselineException unreadable) {
        return BaselineUnavailable.INFO.finding(
                Source.file("."), what + ": " + unreadable.getMessage(), unreadable.hint());
    }

    private static Map<String, String> productsByFolder(Mesh mesh) {
        Map<String, String> byFolder = new HashMap<>();
        for (DataProduct product : mesh.products()) {
            if (product.id() != null) {
                byFolder.putIfAbsent(product.folder(), product.id());
            }
        }
        return byFolder;
    }

    /**
     * A finding in a file under a product's folder belongs to that product: looked up folder by folder, from the
     * file up, so attributing every finding stays linear in the number of findings.
     */
    private static Finding attribute(Finding finding, Map<String, String> productsByFolder) {
        String path = finding.source().file();
        while (path != null) {
            String product = productsByFolder.get(path);
            if (product != null) {
                return finding.withSubject(product);
            }
            int slash = path.lastIndexOf('/');
            path = slash < 0 ? null : path.substring(0, slash);
        }
        return finding;
    }
}
