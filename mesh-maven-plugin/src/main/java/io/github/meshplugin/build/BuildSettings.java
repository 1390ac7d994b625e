package io.github.meshplugin.build;

import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.rules.naming.IdsFollowNamingPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every setting of a build, whatever the goal: where the mesh is and how to read it, the policy the POM sets,
 * what to compare with, the cache, the reports, the catalog and the graph files. Immutable; a goal fills in what
 * it has and leaves the rest at {@link #of}'s values. The {@link #fingerprint} is a canonical text of the
 * components, so a build with other settings never repeats the last one's conclusion.
 *
 * @param meshDirectory the mesh root: the folder holding the domains and teams folders
 */
public record BuildSettings(
        Path meshDirectory,
        Reading reading,
        Policy policy,
        Comparison comparison,
        Caching caching,
        Reporting reporting,
        Site site,
        Graph graph,
        Federation federation) {

    public static final String DEFAULT_ID_PATTERN = IdsFollowNamingPattern.DEFAULT;

    /**
     * Where the domains and teams are under the mesh root, and what the reader accepts.
     *
     * @param maxFileBytes files larger than this are reported and not read
     * @param maxYamlNodes YAML files whose aliases expand to more values than this are reported and not read
     */
    public record Reading(
            String domainsDirectory,
            String teamsDirectory,
            long maxFileBytes,
            long maxYamlNodes,
            List<String> piiTags,
            List<String> piiClassifications) {

        public Reading {
            piiTags = copy(piiTags);
            piiClassifications = copy(piiClassifications);
        }
    }

    /**
     * The policy the build configuration sets; it overrides the mesh's {@code mesh-rules.yaml}. Checked when the
     * build starts: a wrong value is a configuration error, not a finding.
     *
     * @param idPattern  the convention of product and contract ids, a Java regular expression (null: the default)
     * @param severities severity per rule id ({@code error}, {@code warning}, {@code info} or {@code off})
     * @param layering   the layering policy, or null to keep the mesh's
     */
    public record Policy(
            String idPattern, Map<String, String> severities, List<Suppression> suppressions, Layering layering) {

        public Policy {
            severities = severities == null ? Map.of() : Map.copyOf(severities);
            suppressions = copy(suppressions);
        }

        public static Policy none() {
            return new Policy(DEFAULT_ID_PATTERN, Map.of(), List.of(), null);
        }
    }

    /** One accepted finding: a rule, the product or the contract it is accepted for, and why. */
    public record Suppression(String rule, String product, String contract, String reason) {}

    /** The custom property that names a product's kind, and the kinds from sources to consumers (null: default). */
    public record Layering(String property, List<String> order) {

        public Layering {
            order = order == null ? null : List.copyOf(order);
        }
    }

    /**
     * What to compare the mesh with.
     *
     * @param baseline a git ref or the path of an earlier catalog.json; null or blank: no comparison
     * @param history  how many of the last git commits to compare, each with its parent; 0: none
     */
    public record Comparison(String baseline, int history) {

        public Comparison {
            baseline = baseline == null || baseline.isBlank() ? null : baseline.trim();
            history = Math.max(0, history);
        }
    }

    /**
     * @param directory   where the build keeps what it may reuse (see {@link BuildCache}); null: no cache
     * @param incremental false to reuse nothing (every stage runs) while still keeping what this build gives
     */
    public record Caching(Path directory, boolean incremental) {}

    /**
     * What the build tells, and when it fails.
     *
     * @param directory where the JUnit XML, SARIF, JSON and markdown reports go; null: none written
     * @param failOn    the severity that fails the build: {@code error}, {@code warning} or {@code never}
     * @param verbose   every finding printed instead of the compact summary
     * @param timings   a table of every stage's time at the end
     */
    public record Reporting(Path directory, String failOn, boolean verbose, boolean timings) {}

    /**
     * The catalog.
     *
     * @param outputDirectory    where it is written
     * @param templatesDirectory a folder whose files replace the theme's files of the same name, or null
     * @param markdownHtml       raw HTML in READMEs: {@code escape} or {@code safe}
     * @param sourceUrl          the web view of a mesh file, {@code {path}} and {@code {line}} filled in; null:
     *                           derived from a GitHub or GitLab {@code origin} remote, if the mesh has one
     */
    public record Site(
            Path outputDirectory,
            Path templatesDirectory,
            String meshName,
            String markdownHtml,
            boolean showServerSecrets,
            String sourceUrl) {

        /** No catalog: what a goal that writes none passes. */
        public static Site none() {
            return new Site(null, null, null, "escape", false, null);
        }
    }

    /**
     * The graph files.
     *
     * @param formats {@code dot}, {@code mermaid}, {@code graphml}, {@code json} (entries may be comma-separated)
     */
    public record Graph(Path outputDirectory, List<String> formats) {

        public Graph {
            formats = copy(formats);
        }

        /** No graph files: what a goal that writes none passes. */
        public static Graph none() {
            return new Graph(null, List.of("dot", "mermaid", "graphml", "json"));
        }
    }

    /**
     * The meshes of other repositories this mesh reads, each resolved to its published catalog by the build
     * system, and how this mesh's own catalog is published.
     *
     * @param meshes  in the order declared; the first definition of an id wins
     * @param siteUrl where this mesh's catalog site is published, recorded in its catalog.json; null: unknown
     */
    public record Federation(List<ExternalMesh> meshes, String siteUrl) {

        public Federation {
            meshes = copy(meshes);
            siteUrl = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.trim();
        }

        public static Federation none() {
            return new Federation(List.of(), null);
        }
    }

    /**
     * One mesh of another repository, as the build system resolved it.
     *
     * @param coordinates {@code groupId:artifactId:version}, the version resolved
     * @param catalog     its resolved catalog.json, or null when it could not be resolved
     * @param siteUrl     where its site is published (overrides its catalog's), or null
     * @param problem     why it could not be resolved (coordinates and repositories tried), or null
     */
    public record ExternalMesh(String coordinates, Path catalog, String siteUrl, String problem) {

        /** What identifies this input in the fingerprint: the coordinates and the catalog's content. */
        String identity() {
            String content;
            try {
                content = catalog == null ? "none" : Sha256.hex(Files.readAllBytes(catalog));
            } catch (IOException unreadable) {
                content = "unreadable";
            }
            return coordinates + "@" + content + "|" + siteUrl + "|" + problem;
        }
    }

    /** The defaults of every setting, for the mesh at {@code meshDirectory}: no cache, no reports, no output. */
    public static BuildSettings of(Path meshDirectory) {
        return new BuildSettings(
                meshDirectory,
                new Reading(
                        "domains",
                        "teams",
                        2L * 1024 * 1024,
                        1_000_000,
                        List.of("pii", "personal-data", "gdpr"),
                        List.of("pii", "personal", "sensitive")),
                Policy.none(),
                new Comparison(null, 0),
                new Caching(null, true),
                new Reporting(null, "never", false, false),
                Site.none(),
                Graph.none(),
                Federation.none());
    }

    public BuildSettings withReading(Reading reading) {
        return replacing(reading);
    }

    public BuildSettings withPolicy(Policy policy) {
        return replacing(policy);
    }

    public BuildSettings withComparison(Comparison comparison) {
        return replacing(comparison);
    }

    /** This build, comparing with {@code baseline} (see {@link Comparison}). */
    public BuildSettings withBaseline(String baseline) {
        return withComparison(new Comparison(baseline, comparison.history()));
    }

    /** This build, also comparing each of the last {@code commits} git commits with its parent. */
    public BuildSettings withHistory(int commits) {
        return withComparison(new Comparison(comparison.baseline(), commits));
    }

    public BuildSettings withCaching(Caching caching) {
        return replacing(caching);
    }

    /** This build, keeping what it may reuse in {@code directory}; with {@code incremental} false reusing none. */
    public BuildSettings withCache(Path directory, boolean incremental) {
        return withCaching(new Caching(directory, incremental));
    }

    public BuildSettings withReporting(Reporting reporting) {
        return replacing(reporting);
    }

    public BuildSettings withSite(Site site) {
        return replacing(site);
    }

    /** This build, writing its catalog, named {@code meshName}, to {@code outputDirectory}. */
    public BuildSettings withSite(Path outputDirectory, String meshName) {
        return withSite(new Site(
                outputDirectory,
                site.templatesDirectory(),
                meshName,
                site.markdownHtml(),
                site.showServerSecrets(),
                site.sourceUrl()));
    }

    public BuildSettings withFederation(Federation federation) {
        return replacing(federation);
    }

    public BuildSettings withGraph(Graph graph) {
        return replacing(graph);
    }

    /** This build with {@code part} in place of the component of its type, every other component kept. */
    private BuildSettings replacing(Record part) {
        return new BuildSettings(
                meshDirectory,
                part instanceof Reading replaced ? replaced : reading,
                part instanceof Policy replaced ? replaced : policy,
                part instanceof Comparison replaced ? replaced : comparison,
                part instanceof Caching replaced ? replaced : caching,
                part instanceof Reporting replaced ? replaced : reporting,
                part instanceof Site replaced ? replaced : site,
                part instanceof Graph replaced ? replaced : graph,
                part instanceof Federation replaced ? replaced : federation);
    }

    /**
     * Every setting that can change what a build concludes or writes, one per line, in a fixed order and form (maps
     * sorted by key). The cache's settings and {@code timings} are left out: they change how fast a build is and
     * what its log shows of that, never its outcome.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        line(text, "meshDirectory", meshDirectory);
        line(text, "domainsDirectory", reading.domainsDirectory());
        line(text, "teamsDirectory", reading.teamsDirectory());
        line(text, "maxFileBytes", reading.maxFileBytes());
        line(text, "maxYamlNodes", reading.maxYamlNodes());
        line(text, "piiTags", reading.piiTags());
        line(text, "piiClassifications", reading.piiClassifications());
        line(text, "idPattern", policy.idPattern());
        line(text, "severities", new TreeMap<>(policy.severities()));
        line(text, "suppressions", policy.suppressions());
        line(text, "layering", policy.layering());
        line(text, "baseline", comparison.baseline());
        line(text, "history", comparison.history());
        line(text, "reportsDirectory", reporting.directory());
        line(text, "failOn", reporting.failOn());
        line(text, "verbose", reporting.verbose());
        line(text, "siteOutputDirectory", site.outputDirectory());
        line(text, "templatesDirectory", site.templatesDirectory());
        line(text, "meshName", site.meshName());
        line(text, "markdownHtml", site.markdownHtml());
        line(text, "showServerSecrets", site.showServerSecrets());
        line(text, "sourceUrl", site.sourceUrl());
        line(text, "graphOutputDirectory", graph.outputDirectory());
        line(text, "graphFormats", graph.formats());
        line(
                text,
                "meshes",
                federation.meshes().stream().map(ExternalMesh::identity).toList());
        line(text, "siteUrl", federation.siteUrl());
        return text.toString();
    }

    /** Values print as records, lists and sorted maps do; a line break in a value is escaped. */
    private static void line(StringBuilder text, String name, Object value) {
        text.append(name)
                .append('=')
                .append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
