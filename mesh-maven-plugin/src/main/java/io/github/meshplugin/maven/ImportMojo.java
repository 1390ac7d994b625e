package io.github.meshplugin.maven;

import io.github.meshplugin.imports.ContractImport;
import io.github.meshplugin.imports.ImportException;
import io.github.meshplugin.imports.SqlDialect;
import io.github.meshplugin.scaffold.ScaffoldException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a contract for a product from a schema the team already has: SQL DDL ({@code CREATE TABLE}; PostgreSQL,
 * MySQL, Snowflake or BigQuery), an Avro schema ({@code .avsc}) or a JSON Schema. The first import writes
 * {@code <port>.odcs.yaml} beside the product's descriptor and adds the output port; importing again replaces the
 * contract's schema, keeps the rest of the file, and prints each change as breaking, needs review or non breaking.
 * <pre>mvn mesh:import -Dmesh.from=db/customers.sql -Dmesh.dialect=postgresql -Dmesh.product=sales.customers</pre>
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractContractScaffoldMojo {

    /** The schema to import. */
    @Parameter(property = "mesh.from")
    File from;

    /** {@code sql}, {@code avro} or {@code json-schema}; by default from the file's extension. */
    @Parameter(property = "mesh.format")
    String format;

    /** The SQL dialect of a DDL: {@code postgresql}, {@code mysql}, {@code snowflake} or {@code bigquery}. */
    @Parameter(property = "mesh.dialect", defaultValue = "postgresql")
    String dialect;

    /** The output port and contract file name; by default the imported table's or record's name. */
    @Parameter(property = "mesh.port")
    String port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String source = ask(from == null ? null : from.getPath(), "Schema file to import", null);
        String productId = ask(product, "Id of the product that publishes it", null);
        if (source == null || productId == null) {
            throw new MojoFailureException(
                    "Name the schema and the product: -Dmesh.from=<file> -Dmesh.product=<product id>.");
        }
        File file = from != null ? from : new File(source);
        try {
            ContractImport.Format kind = ContractImport.Format.of(format, file.toPath());
            ContractImport.Outcome outcome = new ContractImport(scaffolder(), meshDirectory.toPath())
                    .run(new ContractImport.Request(
                            file.toPath(),
                            kind,
                            kind == ContractImport.Format.SQL ? SqlDialect.parse(dialect) : null,
                            productId,
                            port));
            if (outcome.created()) {
                getLog().info("Created  " + outcome.file());
                outcome.extended().forEach(path -> getLog().info("Extended " + path));
            } else if (outcome.changes().isEmpty()) {
                getLog().info("Updated  " + outcome.file() + ": the schema is unchanged.");
            } else {
                getLog().info("Updated  " + outcome.file() + "; compared with the contract it replaces:");
                outcome.changes().forEach(change -> getLog().info("  " + change));
                if (outcome.changes().stream().anyMatch(change -> change.startsWith("breaking:"))) {
                    getLog().warn("The new schema breaks the contract: raise its major version, or keep the old "
                            + "version's output port beside the new one while consumers move.");
                }
            }
        } catch (ImportException | ScaffoldException refused) {
            throw new MojoFailureException(refused.getMessage());
        }
    }
}
