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
import io.github.meshplugin.model.Source;
import io.github.meshplugin.policy.PolicyReader;
import io.github.meshplugin.policy.PolicyReferences;
import io.github.meshplugin.policy.RulePolicy;
import io.github.meshplugin.read.FolderCache;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.read.SchemaFindingsCache;
import io.github.meshplugin.read.baseline.BaselineException;
import io.github.meshplugin.read.baseline.Baselines;
import io.github.meshplugin.read.baseline.GitSnapshots;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.RuleSet;
import io.github.meshplugin.rules.breaking.BaselineUnavailable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs the pipeline once: read the mesh and its policy, build the graph, check the rules, apply the policy.
 * Every goal starts here and takes the stage it needs from the {@link MeshResult}. Knows nothing of Maven.
 */
public final class MeshBuild {

    /** The name of the file, in the cache directory, that keeps what each product folder gave. */
    public static final String FOLDER_CACHE_FILE = "product-folders.json";

    /** The name of the file, in the cache directory, that keeps each file's schema findings between builds. */
    public static final String SCHEMA_CACHE_FILE = "schema-findings.json";

    private final ReadOptions readOptions;
    private final RuleSet rules;
    private final RulePolicy configuredPolicy;
    private final String baseline;
    private final int history;
    private final Path cacheDirectory;
    private final boolean recall;

    /** @param configuredPolicy the policy from the build configuration; it overrides the mesh's mesh-rules.yaml */
    public MeshBuild(ReadOptions readOptions, RuleSet rules, RulePolicy configuredPolicy) {
        this(readOptions, rules, configuredPolicy, null, 0, null, false);
    }

    private MeshBuild(
            ReadOptions readOptions,
            RuleSet rules,
            RulePolicy configuredPolicy,
            String baseline,
            int history,
            Path cacheDirectory,
            boolean recall) {
        this.readOptions = readOptions;
        this.rules = rules;
        this.configuredPolicy = configuredPolicy;
        this.baseline = baseline;
        this.history = history;
        this.cacheDirectory = cacheDirectory;
        this.recall = recall;
    }

    /**
     * This build, comparing the mesh with {@code baseline}: a git ref or the path of an earlier catalog.json
     * (null or blank: no comparison).
     */
    public MeshBuild withBaseline(String baseline) {
        return new MeshBuild(
                readOptions,
                rules,
                configuredPolicy,
                baseline == null || baseline.isBlank() ? null : baseline.trim(),
                history,
                cacheDirectory,
                recall);
    }

    /** This build, also reading what the last {@code commits} git commits changed in each contract. */
    public MeshBuild withHistory(int commits) {
        return new MeshBuild(
                readOptions, rules, configuredPolicy, baseline, Math.max(0, commits), cacheDirectory, recall);
    }

    /**
     * This build, keeping the official schemas' findings on each file in {@code directory} (null: nowhere) so the
     * next build checks only the files that changed. With {@code recall} false nothing is taken from the cache:
     * every file is checked, and the cache is written afresh.
     */
    public MeshBuild withCache(Path directory, boolean recall) {
        return new MeshBuild(readOptions, rules, configuredPolicy, baseline, history, directory, recall);
    }

    public MeshBuild(ReadOptions readOptions, RuleSet rules) {
        this(readOptions, rules, RulePolicy.none());
    }

    public static MeshBuild defaults() {
        return new MeshBuild(ReadOptions.defaults(), RuleSet.defaults());
    }

    public MeshResult run(Path meshRoot) {
        return run(meshRoot, Progress.SILENT);
    }

    /** Runs the pipeline, telling {@code progress} of each stage (read, graph, rules) as it completes. */
    public MeshResult run(Path meshRoot, Progress progress) {
        Path root = meshRoot.toAbsolutePath().normalize();
        SchemaFindingsCache schemaCache = schemaCache();
        FolderCache folderCache = folderCache();
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
        List<Finding> policyFindings = new ArrayList<>();
        RulePolicy policy = new PolicyReader().read(root, policyFindings).overriddenBy(configuredPolicy);
        RuleSet effectiveRules = rules.withPolicy(policy);
        MeshGraph graph = progress.time(
                "graph",
                () -> MeshGraph.of(read.mesh()),
                done -> Progress.count(done.edges().size(), "dependency", "dependencies") + " between "
                        + Progress.count(done.products().size(), "product"));

        // Made here, once, and handed to the rules and in the result to the site: every analysis is computed once.
        GraphAnalysis analysis = GraphAnalysis.of(read.mesh(), graph);

        long compareStart = System.nanoTime();
        List<Finding> baselineFindings = new ArrayList<>();
        MeshChanges changes = compareWithBaseline(root, read.mesh(), baselineFindings);
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
        findings.addAll(effectiveRules.check(new MeshContext(read.mesh(), graph, analysis, changes)));
        Map<String, String> productsByFolder = productsByFolder(read.mesh());
        List<Finding> attributed = findings.sorted().stream()
                .map(finding -> finding.subject() != null ? finding : attribute(finding, productsByFolder))
                .toList();
        RulePolicy.Outcome outcome = policy.apply(attributed, effectiveRules.catalogue(), read.mesh());
        progress.completed(
                "rules",
                Progress.count(effectiveRules.catalogue().size(), "rule") + " checked, "
                        + Progress.count(outcome.findings().size(), "finding"),
                System.nanoTime() - rulesStart);
        return new MeshResult(
                read.mesh(),
                graph,
                analysis,
                outcome.findings(),
                effectiveRules,
                outcome.suppressed(),
                policy,
                changes,
                revisions);
    }

    /** What each product folder gave, kept between builds for the same plugin and read options. */
    private FolderCache folderCache() {
        if (cacheDirectory == null) {
            return FolderCache.none();
        }
        try {
            PiiPolicy pii = readOptions.piiPolicy();
            String reader = UpToDate.pluginFingerprint() + "\n" + readOptions.domainsDirectory() + "\n"
                    + readOptions.maxFileBytes() + "\n" + new TreeSet<>(pii.tags()) + "\n"
                    + new TreeSet<>(pii.classifications());
            return FolderCache.open(cacheDirectory.resolve(FOLDER_CACHE_FILE), reader, recall);
        } catch (IOException unknown) {
            return FolderCache.none();
        }
    }

    /** The file the schema findings are kept in between builds; a plugin of another build starts afresh. */
    private SchemaFindingsCache schemaCache() {
        if (cacheDirectory == null) {
            return SchemaFindingsCache.none();
        }
        Path file = cacheDirectory.resolve(SCHEMA_CACHE_FILE);
        String plugin;
        try {
            plugin = UpToDate.pluginFingerprint();
        } catch (IOException unknown) {
            return SchemaFindingsCache.none();
        }
        return recall ? SchemaFindingsCache.open(file, plugin) : SchemaFindingsCache.fresh(file, plugin);
    }

    private MeshChanges compareWithBaseline(Path root, Mesh mesh, List<Finding> findings) {
        if (baseline == null) {
            return MeshChanges.none();
        }
        try {
            Mesh before = new Baselines(readOptions).load(root, baseline);
            return new MeshDiff().compare(before, mesh, baseline);
        } catch (BaselineException unreadable) {
            findings.add(BaselineUnavailable.INFO.finding(
                    Source.file("."),
                    "cannot compare with baseline `" + baseline + "`: " + unreadable.getMessage(),
                    unreadable.hint()));
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
            findings.add(BaselineUnavailable.INFO.finding(
                    Source.file("."),
                    "cannot read the history of the last " + history + " commits: " + unreadable.getMessage(),
                    unreadable.hint()));
            return List.of();
        }
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
