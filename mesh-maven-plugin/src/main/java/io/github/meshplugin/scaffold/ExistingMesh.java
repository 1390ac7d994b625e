package io.github.meshplugin.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.meshplugin.io.SlashPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the scaffolder needs to know of a mesh on disk: its domains, products, contracts and teams, and which
 * versions of the standards its files declare, so new files follow what is there. Files it cannot parse are passed
 * over: reporting them is {@code mesh:validate}'s job.
 */
public final class ExistingMesh {

    /** The versions new files declare when the mesh has none yet: the newest the plugin checks. */
    static final String DEFAULT_ODPS_VERSION = "v1.0.0";

    static final String DEFAULT_ODCS_VERSION = "v3.1.0";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A product: its id, its domain and folder, its descriptor (relative to the root) and owning team. */
    public record Product(String id, String domain, String folder, String descriptor, String team) {}

    /** A contract: its id, its version and its file relative to the root. */
    public record Contract(String id, String version, String file) {}

    private final Path root;
    private final String domainsDirectory;
    private final String teamsDirectory;
    private final Map<String, String> domainOwners = new TreeMap<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();
    private final Map<String, Integer> odpsVersions = new TreeMap<>();
    private final Map<String, Integer> odcsVersions = new TreeMap<>();

    private ExistingMesh(Path root, String domainsDirectory, String teamsDirectory) {
        this.root = root;
        this.domainsDirectory = domainsDirectory;
        this.teamsDirectory = teamsDirectory;
    }

    /** Reads the mesh under {@code root}; an absent folder is an empty mesh. */
    public static ExistingMesh scan(Path root, String domainsDirectory, String teamsDirectory) {
        ExistingMesh mesh = new ExistingMesh(root, domainsDirectory, teamsDirectory);
        mesh.scanTeams();
        mesh.scanDomains();
        return mesh;
    }

    public Path root() {
        return root;
    }

    public String domainsDirectory() {
        return domainsDirectory;
    }

    public String teamsDirectory() {
        return teamsDirectory;
    }

    public boolean hasDomain(String domain) {
        return domainOwners.containsKey(domain);
    }

    /** The domain's owner team from its domain.yaml, or empty. */
    public Optional<String> domainOwner(String domain) {
        return Optional.ofNullable(domainOwners.get(domain)).filter(owner -> !owner.isEmpty());
    }

    public boolean hasTeam(String team) {
        return teams.contains(team);
    }

    public List<String> teams() {
        return List.copyOf(teams);
    }

    public List<Product> products() {
        return List.copyOf(products);
    }

    public List<Contract> contracts() {
        return List.copyOf(contracts);
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Contract> contract(String id) {
        return contracts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The ODPS version most of the mesh's descriptors declare (ties: the newest), or the default. */
    public String odpsVersion() {
        return mostCommon(odpsVersions, DEFAULT_ODPS_VERSION);
    }

    /** The ODCS version most of the mesh's contracts declare (ties: the newest), or the default. */
    public String odcsVersion() {
        return mostCommon(odcsVersions, DEFAULT_ODCS_VERSION);
    }

    private static String mostCommon(Map<String, Integer> counts, String fallback) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }

    private void scanTeams() {
        for (Path file : list(root.resolve(teamsDirectory))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                teams.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
    }

    private void scanDomains() {
        for (Path domain : list(root.resolve(domainsDirectory))) {
            if (!Files.isDirectory(domain)) {
                continue;
            }
            String domainName = domain.getFileName().toString();
            JsonNode domainFile = yaml(domain.resolve("domain.yaml"));
            domainOwners.put(
                    domainName,
                    domainFile == null ? "" : domainFile.path("owner").asText(""));
            for (Path folder : list(domain)) {
                if (Files.isDirectory(folder)) {
                    scanProductFolder(domainName, folder);
                }
            }
        }
    }

    private void scanProductFolder(String domain, Path folder) {
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            JsonNode node = name.endsWith(".odps.yaml") || name.endsWith(".odcs.yaml") ? yaml(file) : null;
            if (node == null || !node.isObject()) {
                continue;
            }
            String relative = SlashPaths.relative(root, file);
            String apiVersion = node.path("apiVersion").asText("");
            if (name.endsWith(".odps.yaml")) {
                count(odpsVersions, apiVersion);
                products.add(new Product(
                        node.path("id").asText(""),
                        domain,
                        folder.getFileName().toString(),
                        relative,
                        node.path("team").path("name").asText("")));
            } else {
                count(odcsVersions, apiVersion);
                contracts.add(new Contract(
                        node.path("id").asText(""), node.path("version").asText(""), relative));
            }
        }
    }

    private static void count(Map<String, Integer> counts, String version) {
        if (!version.isEmpty()) {
            counts.merge(version, 1, Integer::sum);
        }
    }

    private static JsonNode yaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
