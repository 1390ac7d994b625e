package io.github.meshplugin.read.schema;

import java.util.Map;
import java.util.Optional;

/**
 * The two standards the plugin reads, and which official JSON Schema judges each {@code apiVersion} they declare.
 *
 * <p>ODCS published no schema of its own for v3.0.0 and v3.0.1: the v3.0.2 schema accepts all three, and v3.0.2
 * only fixed mistakes of the earlier texts, so it is the fairest judge of them.
 */
public enum Standard {
    ODCS("ODCS", "odcs", Map.of("v3.0.0", "v3.0.2", "v3.0.1", "v3.0.2", "v3.0.2", "v3.0.2", "v3.1.0", "v3.1.0")),
    ODPS("ODPS", "odps", Map.of("v0.9.0", "v0.9.0", "v1.0.0", "v1.0.0", "v1.1.0", "v1.1.0"));

    private final String label;
    private final String folder;
    private final Map<String, String> schemaByApiVersion;

    Standard(String label, String folder, Map<String, String> schemaByApiVersion) {
        this.label = label;
        this.folder = folder;
        this.schemaByApiVersion = schemaByApiVersion;
    }

    /** The name people know the standard by, as messages say it: "ODCS", "ODPS". */
    public String label() {
        return label;
    }

    /** The version of the official schema that judges a file declaring {@code apiVersion}, if there is one. */
    public Optional<String> schemaVersion(String apiVersion) {
        return Optional.ofNullable(apiVersion == null ? null : schemaByApiVersion.get(apiVersion));
    }

    /** Where the schema of {@code schemaVersion} lies on the plugin's class path. */
    String resource(String schemaVersion) {
        return "mesh/schemas/" + folder + "/" + folder + "-json-schema-" + schemaVersion + ".json";
    }
}
