package io.github.meshplugin.read;

/**
 * Where things are under the mesh root and how much the reader accepts. Paths are relative to the mesh root.
 *
 * @param maxFileBytes files larger than this are reported and skipped, never loaded into memory
 * @param maxYamlNodes a YAML file whose aliases expand to more values than this is reported and skipped
 */
public record ReadOptions(
        String domainsDirectory, String teamsDirectory, long maxFileBytes, long maxYamlNodes, PiiPolicy piiPolicy) {

    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(
                "domains",
                "teams",
                DEFAULT_MAX_FILE_BYTES,
                YamlTreeReader.DEFAULT_MAX_EXPANDED_NODES,
                PiiPolicy.DEFAULT);
    }
}
