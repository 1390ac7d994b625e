package io.github.meshplugin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.read.schema.OfficialSchemas;
import io.github.meshplugin.read.schema.Standard;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.scaffold.MeshScaffold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each import, from each kind of source, passes the official ODCS schema and, once in a mesh, every rule of the
 * plugin; a re-import tells what changed as the breaking-change classifier does.
 */
class ContractImportTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path root;

    private MeshScaffold scaffold;

    @BeforeEach
    void newMesh() throws Exception {
        scaffold = new MeshScaffold(
                new MeshScaffold.Layout(root, "domains", "teams", Pattern.compile(BuildSettings.DEFAULT_ID_PATTERN)));
        scaffold.init(new MeshScaffold.InitRequest(
                "Acme",
                "com.acme",
                "acme",
                "sales",
                "orders",
                "sales-team",
                null,
                Set.of(),
                "main",
                new MeshScaffold.Plugin("io.github.meshplugin", "mesh-maven-plugin", "0.1.0-SNAPSHOT")));
    }

    private Path source(String name, String text) throws Exception {
        Path file = root.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ContractImport.Outcome importInto(Path source, SqlDialect dialect) throws Exception {
        return new ContractImport(scaffold, root)
                .run(new ContractImport.Request(
                        source, ContractImport.Format.of(null, source), dialect, "sales.orders", null));
    }

    /** The imported contract against the official ODCS schema, then the whole mesh against the plugin's rules. */
    private Contract assertValid(String file) throws Exception {
        JsonNode contract = YAML.readTree(root.resolve(file).toFile());
        Set<ValidationMessage> problems = OfficialSchemas.bundled()
                .forApiVersion(Standard.ODCS, contract.path("apiVersion").asText())
                .schema()
                .validate(contract);
        assertThat(problems).as("official ODCS schema").isEmpty();
        MeshResult result = MeshBuild.run(BuildSettings.of(root)).result();
        assertThat(result.findings()).extracting(Finding::oneLine).isEmpty();
        String id = contract.path("id").asText();
        return result.mesh().contracts().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Property property(Contract contract, String name) {
        return contract.allProperties().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name));
    }

    @Test
    void postgresqlDdlWithKeysNotNullAndCommentOn() throws Exception {
        Path ddl = source("customers.sql", """
                CREATE TABLE public.customers (
                    customer_id  BIGSERIAL PRIMARY KEY,
                    email        VARCHAR(320) NOT NULL,
                    signed_up    TIMESTAMPTZ NOT NULL,
                    birthday     DATE,
                    balance      NUMERIC(12, 2),
                    vip          BOOLEAN DEFAULT false,
                    external_id  UUID,
                    profile      JSONB
                );
                COMMENT ON COLUMN public.customers.email IS 'Where receipts are sent';
                COMMENT ON TABLE public.customers IS 'One row per customer';
                """);

        ContractImport.Outcome outcome = importInto(ddl, SqlDialect.POSTGRESQL);

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.file()).isEqualTo("domains/sales/orders/customers.odcs.yaml");
        Contract contract = assertValid(outcome.file());
        assertThat(contract.id()).isEqualTo("sales.orders.customers");
        assertThat(property(contract, "customer_id").primaryKey()).isTrue();
        assertThat(property(contract, "customer_id").logicalType()).isEqualTo("integer");
        assertThat(property(contract, "email").required()).isTrue();
        assertThat(property(contract, "email").description()).isEqualTo("Where receipts are sent");
        assertThat(property(contract, "signed_up").logicalType()).isEqualTo("timestamp");
        assertThat(property(contract, "birthday").logicalType()).isEqualTo("date");
        assertThat(property(contract, "balance").logicalType()).isEqualTo("number");
        assertThat(property(contract, "balance").physicalType())
                .startsWith("NUMERIC")
                .contains("12", "2");
        assertThat(property(contract, "vip").logicalType()).isEqualTo("boolean");
        assertThat(property(contract, "profile").logicalType()).isEqualTo("object");
        assertThat(Files.readString(root.resolve(outcome.file())))
                .contains("maxLength: 320", "format: uuid", "description: One row per customer");
        assertThat(Files.readString(root.resolve("domains/sales/orders/orders.odps.yaml")))
                .contains("contractId: sales.orders.customers");
    }

    @Test
    void mysqlDdlWithBackticksInlineCommentsAndACompositeKey() throws Exception {
        Path ddl = source("order_items.sql", """
                CREATE TABLE `order_items` (
                  `order_id` INT NOT NULL,
                  `line_no` SMALLINT NOT NULL,
                  `sku` VARCHAR(64) NOT NULL COMMENT 'Stock keeping unit',
                  `gift` TINYINT(1) NOT NULL DEFAULT 0,
                  `price` DECIMAL(10,2) NOT NULL,
                  `added_at` DATETIME,
                  `note` TEXT,
                  PRIMARY KEY (`order_id`, `line_no`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """);

        Contract contract = assertValid(importInto(ddl, SqlDialect.MYSQL).file());

        assertThat(contract.id()).isEqualTo("sales.orders.order-items");
        assertThat(property(contract, "order_id").primaryKey()).isTrue();
        assertThat(property(contract, "line_no").primaryKey()).isTrue();
        assertThat(property(contract, "sku").description()).isEqualTo("Stock keeping unit");
        assertThat(property(contract, "gift").logicalType()).isEqualTo("boolean");
        assertThat(property(contract, "added_at").logicalType()).isEqualTo("timestamp");
        assertThat(property(contract, "note").required()).isFalse();
        assertThat(Files.readString(root.resolve("domains/sales/orders/order-items.odcs.yaml")))
                .contains("primaryKeyPosition: 2");
    }

    @Test
    void snowflakeDdlMapsNumberWithoutScaleToInteger() throws Exception {
        Path ddl = source("events.sql", """
                CREATE OR REPLACE TABLE analytics.events (
                    event_id NUMBER(38,0) NOT NULL,
                    amount NUMBER(12,4),
                    payload VARIANT,
                    happened_at TIMESTAMP_NTZ NOT NULL,
                    kind STRING,
                    CONSTRAINT pk_events PRIMARY KEY (event_id)
                );
                COMMENT ON COLUMN analytics.events.kind IS 'click, view or buy';
                """);

        Contract contract = assertValid(importInto(ddl, SqlDialect.SNOWFLAKE).file());

        assertThat(property(contract, "event_id").logicalType()).isEqualTo("integer");
        assertThat(property(contract, "event_id").primaryKey()).isTrue();
        assertThat(property(contract, "amount").logicalType()).isEqualTo("number");
        assertThat(property(contract, "payload").logicalType()).isEqualTo("object");
        assertThat(property(contract, "happened_at").logicalType()).isEqualTo("timestamp");
        assertThat(property(contract, "kind").description()).isEqualTo("click, view or buy");
    }

    @Test
    void avroWithNestedRecordsUnionsAndLogicalTypes() throws Exception {
        Path avsc = source("payment.avsc", """
                {"type": "record", "name": "Payment", "namespace": "com.acme", "doc": "A settled payment",
                 "fields": [
                   {"name": "payment_id", "type": {"type": "string", "logicalType": "uuid"}},
                   {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
                   {"name": "paid_on", "type": {"type": "int", "logicalType": "date"}},
                   {"name": "paid_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                   {"name": "note", "type": ["null", "string"], "default": null, "doc": "Free text"},
                   {"name": "reference", "type": ["string", "long"]},
                   {"name": "card", "type": {"type": "record", "name": "Card", "fields": [
                     {"name": "last4", "type": "string"},
                     {"name": "expiry", "type": {"type": "record", "name": "Expiry", "fields": [
                       {"name": "month", "type": "int"}, {"name": "year", "type": "int"}]}}]}},
                   {"name": "tags", "type": {"type": "array", "items": "string"}},
                   {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OK", "REFUNDED"]}}
                 ]}
                """);

        Contract contract = assertValid(importInto(avsc, null).file());

        assertThat(contract.id()).isEqualTo("sales.orders.payment");
        assertThat(property(contract, "payment_id").required()).isTrue();
        assertThat(property(contract, "amount").logicalType()).isEqualTo("number");
        assertThat(property(contract, "amount").physicalType()).isEqualTo("decimal(12,2)");
        assertThat(property(contract, "paid_on").logicalType()).isEqualTo("date");
        assertThat(property(contract, "paid_at").logicalType()).isEqualTo("timestamp");
        assertThat(property(contract, "note").required()).isFalse();
        assertThat(property(contract, "note").logicalType()).isEqualTo("string");
        assertThat(property(contract, "reference").physicalType()).isEqualTo("union<string,long>");
        assertThat(property(contract, "card").logicalType()).isEqualTo("object");
        assertThat(property(contract, "month").logicalType()).isEqualTo("integer");
        assertThat(property(contract, "tags").logicalType()).isEqualTo("array");
        assertThat(Files.readString(root.resolve("domains/sales/orders/payment.odcs.yaml")))
                .contains("format: uuid", "description: A settled payment");
    }

    @Test
    void jsonSchemaWithNestedObjectsArraysAndReferences() throws Exception {
        Path schema = source("shipment.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "shipment",
                 "type": "object", "required": ["shipment_id", "shipped_at"],
                 "properties": {
                   "shipment_id": {"type": "string", "format": "uuid"},
                   "shipped_at": {"type": "string", "format": "date-time"},
                   "weight_kg": {"type": ["number", "null"], "description": "Gross weight"},
                   "address": {"$ref": "#/$defs/address"},
                   "parcels": {"type": "array", "items": {"type": "object",
                     "properties": {"parcel_id": {"type": "integer"}}}}
                 },
                 "$defs": {"address": {"type": "object", "required": ["city"],
                   "properties": {"city": {"type": "string", "maxLength": 80}, "zip": {"type": "string"}}}}}
                """);

        Contract contract = assertValid(importInto(schema, null).file());

        assertThat(contract.id()).isEqualTo("sales.orders.shipment");
        assertThat(property(contract, "shipment_id").required()).isTrue();
        assertThat(property(contract, "shipped_at").logicalType()).isEqualTo("timestamp");
        assertThat(property(contract, "weight_kg").required()).isFalse();
        assertThat(property(contract, "weight_kg").description()).isEqualTo("Gross weight");
        assertThat(property(contract, "address").logicalType()).isEqualTo("object");
        assertThat(property(contract, "city").required()).isTrue();
        assertThat(property(contract, "parcels").logicalType()).isEqualTo("array");
    }

    @Test
    void reimportingAChangedDdlTellsWhatChangedAndKeepsTheRestOfTheContract() throws Exception {
        Path ddl = source("customers.sql", """
                CREATE TABLE customers (customer_id BIGINT PRIMARY KEY, email VARCHAR(320), tier VARCHAR(10));
                """);
        ContractImport.Outcome first = importInto(ddl, SqlDialect.POSTGRESQL);
        Path contract = root.resolve(first.file());
        Files.writeString(contract, Files.readString(contract).replace("status: draft", "status: active"));
        Files.writeString(ddl, """
                CREATE TABLE customers (customer_id BIGINT PRIMARY KEY, email VARCHAR(100) NOT NULL, country CHAR(2));
                """);

        ContractImport.Outcome again = importInto(ddl, SqlDialect.POSTGRESQL);

        assertThat(again.created()).isFalse();
        assertThat(again.changes())
                .contains(
                        "breaking: removes property `customers.tier`",
                        "non breaking: adds optional property `customers.country`")
                .anyMatch(line -> line.startsWith("breaking:") && line.contains("customers.email"));
        assertThat(Files.readString(contract)).contains("status: active", "name: country");
        assertValid(again.file());
    }

    @Test
    void aSourceThatCannotBeParsedIsAClearErrorAndWritesNothing() throws Exception {
        Path ddl = source("broken.sql", "CREATE TABLE (;");

        assertThatThrownBy(() -> importInto(ddl, SqlDialect.POSTGRESQL))
                .isInstanceOf(ImportException.class)
                .hasMessageMatching("Cannot parse the DDL.*|The DDL has no CREATE TABLE statement with columns\\.");
        assertThat(Files.list(root.resolve("domains/sales/orders")).toList()).hasSize(3);
        assertThatThrownBy(() -> importInto(source("x.avsc", "{\"type\": \"nope\"}"), null))
                .hasMessageStartingWith("Cannot parse the Avro schema");
        assertThat(List.of(SqlDialect.values())).hasSize(4);
    }
}
