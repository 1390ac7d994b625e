package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.io.SlashPaths;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.schema.SchemaCheck;
import io.github.meshplugin.read.schema.Standard;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans a mesh root and reads every team, domain, product and contract in it into a {@link Mesh}. Files are
 * visited in sorted path order so the result never depends on the file system's listing order. Symbolic links
 * to folders are not followed, so a link loop cannot trap the scan.
 */
public final class MeshReader {

    private static final String PRODUCT_SUFFIX = ".odps.yaml";
    private static final String CONTRACT_SUFFIX = ".odcs.yaml";
    /** The short extension many repositories use; such files are read like the long form. */
    private static final String SHORT_EXTENSION = ".yml";
    /** A top-level {@code id} line, found in a file that cannot be parsed as a whole. */
    private static final Pattern TOP_LEVEL_ID = Pattern.compile("(?m)^id:[ \\t]*[\"']?([^\\s\"'#]+)");
    /** The id prefix of the rules about a file's conformance to its standard (MESH-SCHEMA-001 to -007). */
    private static final String SCHEMA_RULES = "MESH-SCHEMA-";

    private final ReadOptions options;
    private final YamlTreeReader yaml;
    private final TextFiles textFiles;
    private final boolean checkSchemas;
    private final SchemaFindingsCache cache;
    private final FolderCache folders;

    public MeshReader(ReadOptions options) {
        this(options, true, SchemaFindingsCache.none(), FolderCache.none());
    }

    private MeshReader(ReadOptions options, boolean checkSchemas, SchemaFindingsCache cache, FolderCache folders) {
        this.checkSchemas = checkSchemas;
        this.cache = cache;
        this.folders = folders;
        this.options = options;
        this.yaml =
                new YamlTreeReader((int) Math.min(Integer.MAX_VALUE, options.maxFileBytes()), options.maxYamlNodes());
        this.textFiles = new TextFiles(options.maxFileBytes());
    }

    public record Result(Mesh mesh, List<Finding> findings) {}

    /**
     * A reader that builds the model without checking files against the official schemas: for a baseline, whose
     * findings nobody reads, the check would only cost time.
     */
    public MeshReader modelOnly() {
        return new MeshReader(options, false, SchemaFindingsCache.none(), FolderCache.none());
    }

    /** A reader that takes the schema findings of unchanged files from {@code cache}, and saves it after a read. */
    public MeshReader withCache(SchemaFindingsCache cache) {
        return new MeshReader(options, checkSchemas, cache, folders);
    }

    /** A reader that takes what unchanged product folders gave from {@code folders}, and saves it after a read. */
    public MeshReader withFolderCache(FolderCache folders) {
        return new MeshReader(options, checkSchemas, cache, folders);
    }

    public Result read(Path root) {
        List<Finding> findings = new ArrayList<>();
        Scan scan = new Scan(root, findings);
        List<Team> teams = readTeams(scan, root.resolve(options.teamsDirectory()));
        List<Domain> domains = new ArrayList<>();
        List<OdpsReader.ReadProduct> products = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();

        Path domainsRoot = root.resolve(options.domainsDirectory());
        List<ProductFolder> productFolders = new ArrayList<>();
        for (Path domainFolder : scan.children(domainsRoot, true)) {
            String domainId = domainFolder.getFileName().toString();
            Path domainFile = domainFolder.resolve("domain.yaml");
            if (Files.exists(domainFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(domainFile)) {
                scan.notAFile(domainFile);
            }
            domains.add(
                    Files.isRegularFile(domainFile)
                            ? scan.yamlMap(domainFile)
                                    .map(map -> new DomainReader().read(map, domainId, findings))
                                    .orElse(DomainReader.undescribed(domainId, scan.relative(domainFolder)))
                            : DomainReader.undescribed(domainId, scan.relative(domainFolder)));
            for (Path productFolder : scan.children(domainFolder, true)) {
                productFolders.add(new ProductFolder(domainId, productFolder));
            }
            for (Path stray : scan.children(domainFolder, false)) {
                reportStray(scan, stray, "is directly in the domain folder");
            }
        }
        for (Path stray : scan.children(domainsRoot, false)) {
            reportStray(scan, stray, "is directly in the domains folder");
        }
        // Product folders are independent, and parsing and schema checks are most of a build's reading: read them
        // on every core, each with findings of its own, then put everything together in folder order.
        List<FolderCache.Content> contents = productFolders.parallelStream()
                .map(folder -> {
                    Scan folderScan = new Scan(root, new ArrayList<>());
                    Optional<String> key = checkSchemas
                            ? folders.key(folder.domainId(), folderScan.relative(folder.path()), folder.path())
                            : Optional.empty();
                    Optional<FolderCache.Content> kept = key.flatMap(folders::recall);
                    if (kept.isPresent()) {
                        return kept.get();
                    }
                    FolderCache.Content content =
                            new FolderCache.Content(new ArrayList<>(), new ArrayList<>(), folderScan.findings);
                    readProductFolder(
                            folderScan, folder.domainId(), folder.path(), content.products(), content.contracts());
                    key.ifPresent(digest -> folders.keep(digest, content));
                    return content;
                })
                .toList();
        for (FolderCache.Content content : contents) {
            products.addAll(content.products());
            contracts.addAll(content.contracts());
            findings.addAll(content.findings());
        }
        cache.save();
        folders.save();
        Mesh mesh = assemble(domains, teams, products, contracts, findings);
        return new Result(mesh.withUnparsedContracts(unparsedContracts(root, findings)), findings);
    }

    /**
     * The ids that contract files with a YAML syntax error declare, by a look at their top-level {@code id} line:
     * ports naming them then get no "no such contract" on top of the syntax error.
     */
    private Map<String, String> unparsedContracts(Path root, List<Finding> findings) {
        Map<String, String> ids = new TreeMap<>();
        findings.stream()
                .filter(finding -> finding.ruleId().equals(ReadRules.YAML_SYNTAX.id()))
                .map(finding -> finding.source().file())
                .filter(file -> isContract(Path.of(file)))
                .distinct()
                .forEach(file -> textFiles
                        .read(root.resolve(file), file, new ArrayList<>())
                        .map(TOP_LEVEL_ID::matcher)
                        .filter(Matcher::find)
                        .ifPresent(id -> ids.putIfAbsent(id.group(1), file)));
        return ids;
    }

    /** A parsed YAML file: where it is (relative to the mesh root), its text and its top-level map. */
    private record YamlFile(String relativePath, String text, Mapping root) {}

    private record ProductFolder(String domainId, Path path) {}

    private List<Team> readTeams(Scan scan, Path teamsFolder) {
        List<Team> teams = new ArrayList<>();
        for (Path file : scan.children(teamsFolder, false)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                String id = name.substring(0, name.lastIndexOf('.'));
                scan.yamlMap(file).ifPresent(map -> teams.add(new TeamReader().readFile(map, id, scan.findings)));
            }
        }
        return teams;
    }

    private void readProductFolder(
            Scan scan, String domainId, Path folder, List<OdpsReader.ReadProduct> products, List<Contract> contracts) {
        List<Path> files = scan.filesUnder(folder);
        List<Path> descriptors = files.stream().filter(MeshReader::isProduct).toList();
        if (descriptors.isEmpty()) {
            scan.findings.add(ReadRules.MISPLACED_FILE.finding(
                    Source.file(scan.relative(folder)),
                    "folder `" + scan.relative(folder) + "` has no `*" + PRODUCT_SUFFIX + "` product descriptor, "
                            + "so nothing in it is in the catalog"));
        }
        if (descriptors.size() > 1) {
            for (Path extra : descriptors.subList(1, descriptors.size())) {
                scan.findings.add(ReadRules.TWO_DESCRIPTORS.finding(
                        Source.file(scan.relative(extra)),
                        "folder `" + scan.relative(folder) + "` has " + descriptors.size() + " product descriptors; `"
                                + scan.relative(descriptors.get(0)) + "` and this one both claim its contracts and "
                                + "README"));
            }
        }
        String readme = files.stream()
                .filter(f -> f.getParent().equals(folder))
                .filter(f -> f.getFileName().toString().equalsIgnoreCase("README.md"))
                .findFirst()
                .flatMap(f -> textFiles.read(f, scan.relative(f), scan.findings))
                .orElse(null);
        for (Path descriptor : descriptors) {
            scan.yamlFile(descriptor).ifPresent(yamlFile -> {
                Mapping map = yamlFile.root();
                String fallbackId = domainId + "." + stem(descriptor);
                OdpsReader.ReadProduct read = check(
                        yamlFile,
                        Standard.ODPS,
                        scan.findings,
                        found ->
                                new OdpsReader().read(map, fallbackId, scan.relative(folder), domainId, readme, found));
                products.add(read);
                checkDeclaredDomain(map, domainId, scan.findings);
            });
        }
        OdcsReader contractReader = new OdcsReader(options.piiPolicy());
        for (Path file : files) {
            if (isContract(file)) {
                scan.yamlFile(file)
                        .ifPresent(yamlFile -> contracts.add(check(
                                yamlFile,
                                Standard.ODCS,
                                scan.findings,
                                found -> contractReader.read(yamlFile.root(), stem(file), found))));
            }
        }
    }

    /**
     * Reads a product descriptor or contract with {@code reader} and, when an official schema judges the
     * {@code apiVersion} the file declares, checks it against that schema. The schema is then the judge of the
     * file's shape: the readers' own checks of missing fields and wrong types are dropped, as are their other
     * schema-rule findings at a place the schema already reported, so one mistake is never reported twice and
     * the plugin calls a file invalid exactly when the standard does.
     */
    private <T> T check(YamlFile file, Standard standard, List<Finding> findings, Function<List<Finding>, T> reader) {
        if (!checkSchemas) {
            return reader.apply(findings);
        }
        return checked(
                file.root(),
                standard,
                findings,
                reader,
                apiVersion -> cache.findings(
                        standard,
                        file.text(),
                        file.relativePath(),
                        () -> SchemaCheck.bundled().check(file.root(), standard, apiVersion)));
    }

    static <T> T checked(Mapping root, Standard standard, List<Finding> findings, Function<List<Finding>, T> reader) {
        return checked(
                root,
                standard,
                findings,
                reader,
                apiVersion -> SchemaCheck.bundled().check(root, standard, apiVersion));
    }

    /** @param schemaFindings the official schema's findings on the file, given the {@code apiVersion} it declares */
    private static <T> T checked(
            Mapping root,
            Standard standard,
            List<Finding> findings,
            Function<List<Finding>, T> reader,
            Function<String, List<Finding>> schemaFindings) {
        List<Finding> read = new ArrayList<>();
        T result = reader.apply(read);
        String apiVersion = root.get("apiVersion") instanceof YamlNode.Scalar declared
                        && declared.type() == YamlNode.ScalarType.STRING
                ? declared.text()
                : null;
        if (!SchemaCheck.bundled().supports(standard, apiVersion)) {
            findings.addAll(read);
            return result;
        }
        List<Finding> official = schemaFindings.apply(apiVersion);
        Set<Source> reported = new HashSet<>();
        official.forEach(finding -> reported.add(finding.source()));
        for (Finding finding : read) {
            boolean shape = finding.ruleId().equals(ReadRules.MISSING_FIELD.id())
                    || finding.ruleId().equals(ReadRules.WRONG_TYPE.id());
            boolean again = finding.ruleId().startsWith(SCHEMA_RULES) && reported.contains(finding.source());
            if (!shape && !again) {
                findings.add(finding);
            }
        }
        findings.addAll(official);
        return result;
    }

    private static void checkDeclaredDomain(Mapping map, String folderDomain, List<Finding> findings) {
        if (map.get("domain") instanceof YamlNode.Scalar declared
                && declared.text() != null
                && !declared.text().equals(folderDomain)) {
            findings.add(ReadRules.DOMAIN_MISMATCH.finding(
                    declared.source(),
                    "product declares `domain: " + declared.text() + "` but is in the folder of domain `" + folderDomain
                            + "`; the folder wins"));
        }
    }

    private void reportStray(Scan scan, Path file, String where) {
        if (isProduct(file) || isContract(file)) {
            scan.findings.add(ReadRules.MISPLACED_FILE.finding(
                    Source.file(scan.relative(file)),
                    "`" + scan.relative(file) + "` " + where + " and is not read; products live in "
                            + options.domainsDirectory() + "/<domain>/<product>/"));
        }
    }

    /** Ties products to teams: a named team matches a declared team by id or name; otherwise the domain's. */
    private static Mesh assemble(
            List<Domain> domains,
            List<Team> declaredTeams,
            List<OdpsReader.ReadProduct> read,
            List<Contract> contracts,
            List<Finding> findings) {
        Map<String, Team> teams = new TreeMap<>();
        Map<String, String> teamIdsByKey = new LinkedHashMap<>();
        for (Team team : declaredTeams) {
            teams.put(team.id(), team);
            teamIdsByKey.put(team.id(), team.id());
            if (team.name() != null) {
                teamIdsByKey.putIfAbsent(TeamReader.slug(team.name()), team.id());
            }
        }
        Map<String, Domain> domainsById = new LinkedHashMap<>();
        domains.forEach(d -> domainsById.put(d.id(), d));
        List<DataProduct> products = new ArrayList<>();
        for (OdpsReader.ReadProduct product : read) {
            Team inline = product.inlineTeam();
            Owner owner;
            if (inline != null) {
                String id = teamIdsByKey.getOrDefault(inline.id(), inline.id());
                teams.putIfAbsent(id, inline);
                owner = new Owner(id, false, product.product().owner().source());
            } else {
                Domain domain = domainsById.get(product.product().domain());
                String domainOwner = domain == null ? null : domain.ownerTeam();
                owner = domainOwner == null
                        ? null
                        : new Owner(teamIdsByKey.getOrDefault(TeamReader.slug(domainOwner), domainOwner), true);
            }
            products.add(product.product().withOwner(owner));
        }
        return new Mesh(domains, new ArrayList<>(teams.values()), products, contracts);
    }

    /** The file name without its {@code .odps.yaml}, {@code .odcs.yml}, ... ending. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int standard = name.toLowerCase(Locale.ROOT).lastIndexOf(".od");
        return name.substring(0, standard);
    }

    private static boolean isProduct(Path file) {
        return nameEndsWith(file, PRODUCT_SUFFIX) || nameEndsWith(file, shortForm(PRODUCT_SUFFIX));
    }

    private static boolean isContract(Path file) {
        return nameEndsWith(file, CONTRACT_SUFFIX) || nameEndsWith(file, shortForm(CONTRACT_SUFFIX));
    }

    private static String shortForm(String suffix) {
        return suffix.substring(0, suffix.lastIndexOf('.')) + SHORT_EXTENSION;
    }

    private static boolean nameEndsWith(Path file, String suffix) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix);
    }

    /** File system access for one read, reporting rather than throwing. */
    private final class Scan {
        private final Path root;
        private final List<Finding> findings;
        // A folder's children are listed once for folders and once for files: a link is reported once.
        private final Set<Path> reportedLinks = new HashSet<>();

        Scan(Path root, List<Finding> findings) {
            this.root = root;
            this.findings = findings;
        }

        String relative(Path path) {
            String relative = SlashPaths.relative(root, path);
            return relative.isEmpty() ? "." : relative;
        }

        /** Sorted folders ({@code folders} true) or files directly in {@code parent}; symlinked folders skipped. */
        List<Path> children(Path parent, boolean folders) {
            if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            try (Stream<Path> listing = Files.list(parent)) {
                List<Path> all = listing.sorted().toList();
                List<Path> picked = new ArrayList<>();
                for (Path child : all) {
                    if (child.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    boolean isFolder = Files.isDirectory(child);
                    if (followable(child) && folders == isFolder) {
                        picked.add(child);
                    }
                }
                return picked;
            } catch (IOException io) {
                findings.add(ReadRules.UNREADABLE_FILE.finding(
                        Source.file(relative(parent)), "folder cannot be listed: " + FileProblems.reason(io)));
                return List.of();
            }
        }

        /** Whether the reader would read a file of this name: a descriptor, a contract or a README. */
        boolean readByName(Path path) {
            return nameEndsWith(path, PRODUCT_SUFFIX)
                    || nameEndsWith(path, CONTRACT_SUFFIX)
                    || path.getFileName().toString().equalsIgnoreCase("README.md");
        }

        /** A special file, or a folder named like a file the reader reads: reported, so nothing is lost silently. */
        void notAFile(Path path) {
            findings.add(ReadRules.UNREADABLE_FILE.finding(
                    Source.file(relative(path)),
                    "`" + relative(path) + "` is " + FileProblems.kind(path) + ", not a regular file; it was not read",
                    "Replace it with a regular file, or move it out of the mesh."));
        }

        /** Every file below {@code folder}, in sorted order, not following symbolic links to folders. */
        List<Path> filesUnder(Path folder) {
            List<Path> files = new ArrayList<>();
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(folder)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (dir.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (readByName(dir)) {
                            notAFile(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!followable(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isRegularFile(file)) {
                            files.add(file);
                        } else {
                            notAFile(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) {
                        findings.add(ReadRules.UNREADABLE_FILE.finding(
                                Source.file(relative(file)),
                                "`" + relative(file) + "` cannot be read: " + FileProblems.reason(failure)
                                        + "; what it holds is missing from the catalog",
                                "Make it readable by the user running the build, or move it out of the mesh."));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException io) {
                findings.add(ReadRules.UNREADABLE_FILE.finding(
                        Source.file(relative(folder)), "folder cannot be read: " + FileProblems.reason(io)));
            }
            files.sort(null);
            return files;
        }

        /**
         * Symbolic links to files inside the mesh are read like the files they point to. Links to folders are not
         * followed (a link to a parent would loop), and nothing outside the mesh root is read: a mesh is reviewed
         * as one tree, and a link must not pull in files nobody reviewed.
         */
        boolean followable(Path path) {
            if (!Files.isSymbolicLink(path)) {
                return true;
            }
            String why;
            try {
                Path target = path.toRealPath();
                if (!target.startsWith(root.toRealPath())) {
                    why = "points outside the mesh root";
                } else if (Files.isDirectory(target)) {
                    why = "is a symbolic link to a folder";
                } else {
                    return true;
                }
            } catch (IOException broken) {
                why = loops(path)
                        ? "is a symbolic link that loops (following it leads back to a link already followed)"
                        : "is a symbolic link whose target does not exist";
            }
            if (reportedLinks.add(path)) {
                findings.add(ReadRules.MISPLACED_FILE.finding(
                        Source.file(relative(path)), "`" + relative(path) + "` " + why + "; it is not followed"));
            }
            return false;
        }

        /** Whether following the link, link after link, comes back to one already followed. */
        private static boolean loops(Path link) {
            Set<Path> seen = new HashSet<>();
            Path current = link.toAbsolutePath().normalize();
            try {
                while (Files.isSymbolicLink(current)) {
                    if (!seen.add(current)) {
                        return true;
                    }
                    current = current.resolveSibling(Files.readSymbolicLink(current))
                            .normalize();
                }
            } catch (IOException unreadable) {
                return false;
            }
            return false;
        }

        Optional<Mapping> yamlMap(Path file) {
            return yamlFile(file).map(YamlFile::root);
        }

        /** A YAML file holding a map, with the text it was parsed from; empty (and a finding) otherwise. */
        Optional<YamlFile> yamlFile(Path file) {
            String relative = relative(file);
            Optional<String> text = textFiles.read(file, relative, findings);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<YamlNode> tree = yaml.read(text.get(), relative, findings);
            if (tree.isPresent() && !(tree.get() instanceof Mapping)) {
                findings.add(ReadRules.WRONG_TYPE.finding(
                        tree.get().source(),
                        "the file should hold a YAML map of fields but holds "
                                + tree.get().kind(),
                        "Write the file as `field: value` lines."));
                return Optional.empty();
            }
            if (tree.isEmpty()
                    && findings.stream().noneMatch(f -> f.source().file().equals(relative))) {
                findings.add(ReadRules.MISSING_FIELD.finding(
                        Source.file(relative), "the file is empty", "Fill in the file or delete it."));
            }
            return tree.map(root -> new YamlFile(relative, text.get(), (Mapping) root));
        }
    }
}
