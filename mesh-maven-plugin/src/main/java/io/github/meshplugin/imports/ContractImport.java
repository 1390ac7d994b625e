package io.github.meshplugin.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.diff.Change;
import io.github.meshplugin.diff.ContractDiff;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.io.AtomicFile;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.read.OdcsReader;
import io.github.meshplugin.read.PiiPolicy;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlTreeReader;
import io.github.meshplugin.scaffold.ExistingMesh;
import io.github.meshplugin.scaffold.MeshScaffold;
import io.github.meshplugin.scaffold.Names;
import io.github.meshplugin.scaffold.ScaffoldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a schema a team already has (SQL DDL, Avro, JSON Schema) into an ODCS contract of one of the mesh's
 * products. The first import writes the contract and adds its output port to the product; importing again
 * replaces the contract's schema, keeps everything else in the file, and tells what changed in the words of the
 * breaking-change classifier, so a team sees before committing whom the new schema would break.
 */
public final class ContractImport {

    /** The kinds of source the importer reads. */
    public enum Format {
        SQL,
        AVRO,
        JSON_SCHEMA;

        /** The format named ({@code sql}, {@code avro}, {@code json-schema}), or the one the file's name suggests. */
        public static Format of(String name, Path source) throws ImportException {
            String given = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            String file = source.getFileName().toString().toLowerCase(Locale.ROOT);
            if (given.isEmpty()) {
                given = file.endsWith(".sql") || file.endsWith(".ddl")
                        ? "sql"
                        : file.endsWith(".avsc") ? "avro" : file.endsWith(".json") ? "json-schema" : "";
            }
            return switch (given) {
                case "sql", "ddl" -> SQL;
                case "avro", "avsc" -> AVRO;
                case "json-schema", "jsonschema", "json" -> JSON_SCHEMA;
                default ->
                    throw new ImportException("Cannot tell the format of " + source.getFileName()
                            + "; name it with -Dmesh.format=sql, avro or json-schema.");
            };
        }
    }

    /** What to import into which product; {@code port} may be null (then named after the source's first object). */
    public record Request(Path source, Format format, SqlDialect dialect, String productId, String port) {}

    /** The contract file written, whether it is new, and each change from the contract it replaced. */
    public record Outcome(String file, boolean created, List<String> extended, List<String> changes) {}

    private final MeshScaffold scaffold;
    private final Path root;

    public ContractImport(MeshScaffold scaffold, Path root) {
        this.scaffold = scaffold;
        this.root = root;
    }

    public Outcome run(Request request) throws ImportException, ScaffoldException {
        String text = read(request.source());
        List<SchemaTable> tables = tables(text, request.format(), request.dialect(), baseName(request.source()));
        String port = request.port() != null && !request.port().isBlank()
                ? request.port()
                : Names.suggest(tables.get(0).name());
        ExistingMesh mesh = scaffold.existing();
        ExistingMesh.Product product = mesh.product(request.productId())
                .orElseThrow(() -> new ScaffoldException(
                        "Nothing was written: the mesh has no product " + request.productId() + "."));
        String file =
                product.descriptor().substring(0, product.descriptor().lastIndexOf('/') + 1) + port + ".odcs.yaml";
        String origin = request.source().getFileName().toString();
        if (!Files.exists(root.resolve(file))) {
            MeshScaffold.Result result = scaffold.addContract(
                    request.productId(),
                    Names.check("port", port),
                    (odcsVersion, id) -> ContractYaml.text(ContractYaml.contract(
                            odcsVersion, id, Names.title(port), MeshScaffold.firstVersion(), origin, tables)));
            return new Outcome(file, true, result.extended(), List.of());
        }
        String before = read(root.resolve(file));
        ObjectNode updated = reimported(before, file, tables);
        String after = ContractYaml.text(updated);
        List<String> changes = changes(before, after, file);
        try {
            byte[] bytes = after.getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(root.resolve(file), out -> out.write(bytes));
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file, failed);
        }
        return new Outcome(file, false, List.of(), changes);
    }

    /** The contract text for {@code source} alone, with {@code id}: what the first import writes. */
    public static String contract(Path source, Format format, SqlDialect dialect, String odcsVersion, String id)
            throws ImportException {
        List<SchemaTable> tables = tables(read(source), format, dialect, baseName(source));
        return ContractYaml.text(ContractYaml.contract(
                odcsVersion,
                id,
                Names.title(Names.suggest(tables.get(0).name())),
                MeshScaffold.firstVersion(),
                source.getFileName().toString(),
                tables));
    }

    /**
     * Each change from {@code before} to {@code after} (two contract texts), as the breaking-change classifier
     * sees it: "breaking: removes property `orders.discount_code`".
     */
    public static List<String> changes(String before, String after, String file) throws ImportException {
        Contract old = model(before, file);
        Contract now = model(after, file);
        List<String> lines = new ArrayList<>();
        for (Change change : new ContractDiff().compare(old, now)) {
            lines.add(change.impact().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + change.summary());
        }
        return lines;
    }

    private static ObjectNode reimported(String before, String file, List<SchemaTable> tables) throws ImportException {
        JsonNode existing;
        try {
            existing = ContractYaml.YAML.readTree(before);
        } catch (IOException unparseable) {
            throw new ImportException(
                    "Cannot re-import into " + file + ": it is not valid YAML; fix it or move it away.");
        }
        if (!(existing instanceof ObjectNode contract)) {
            throw new ImportException("Cannot re-import into " + file + ": it is not a contract.");
        }
        contract.set("schema", ContractYaml.schema(tables));
        return contract;
    }

    private static Contract model(String text, String file) throws ImportException {
        List<Finding> findings = new ArrayList<>();
        Optional<YamlNode> tree = new YamlTreeReader(Integer.MAX_VALUE).read(text, file, findings);
        if (tree.isEmpty() || !(tree.get() instanceof YamlNode.Mapping mapping)) {
            throw new ImportException("Cannot compare with " + file + ": it is not a contract.");
        }
        return new OdcsReader(PiiPolicy.DEFAULT).read(mapping, file, findings);
    }

    static List<SchemaTable> tables(String text, Format format, SqlDialect dialect, String name)
            throws ImportException {
        return switch (format) {
            case SQL -> new SqlDdl(dialect == null ? SqlDialect.POSTGRESQL : dialect).read(text);
            case AVRO -> new AvroSchemas().read(text);
            case JSON_SCHEMA -> new JsonSchemas().read(text, name);
        };
    }

    private static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String read(Path file) throws ImportException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new ImportException("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }
}
