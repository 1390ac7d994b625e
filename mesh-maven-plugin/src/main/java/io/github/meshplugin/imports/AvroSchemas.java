package io.github.meshplugin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Reads an Avro schema ({@code .avsc}) with Avro's own parser: the top record becomes a schema object, nested
 * records objects with their properties, arrays arrays with their items. A union with {@code null} is an optional
 * value of the other branch; a union of several types keeps them in its physical type. Logical types map to ODCS
 * ones (date, time, timestamp, decimal as number, uuid as a string of format uuid).
 */
final class AvroSchemas {

    /** Records nest; a recursive one would not end, so nesting stops here. */
    private static final int MAX_DEPTH = 32;

    List<SchemaTable> read(String text) throws ImportException {
        Schema schema;
        try {
            schema = new Schema.Parser().parse(text);
            schema.getType();
        } catch (RuntimeException unparseable) {
            // Avro reports a bad schema with several unchecked exceptions, not all of them its own.
            throw new ImportException("Cannot parse the Avro schema: " + unparseable.getMessage());
        }
        if (schema.getType() != Schema.Type.RECORD) {
            throw new ImportException("The Avro schema is a " + schema.getType().getName()
                    + ", not a record; only a record becomes a contract's schema object.");
        }
        return List.of(new SchemaTable(schema.getName(), "record", schema.getDoc(), fields(schema, 0)));
    }

    private List<Field> fields(Schema record, int depth) throws ImportException {
        if (depth > MAX_DEPTH) {
            throw new ImportException("The record " + record.getFullName() + " nests deeper than " + MAX_DEPTH
                    + " levels (is it recursive?).");
        }
        List<Field> fields = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            Field property = field(field.name(), field.schema(), depth);
            fields.add(field.doc() == null ? property : property.described(field.doc()));
        }
        return fields;
    }

    private Field field(String name, Schema schema, int depth) throws ImportException {
        if (schema.getType() == Schema.Type.UNION) {
            List<Schema> branches = schema.getTypes().stream()
                    .filter(branch -> branch.getType() != Schema.Type.NULL)
                    .toList();
            boolean nullable = branches.size() < schema.getTypes().size();
            if (branches.size() == 1) {
                return field(name, branches.get(0), depth).required(false);
            }
            String physical = "union<"
                    + String.join(
                            ",",
                            schema.getTypes().stream()
                                    .map(AvroSchemas::typeName)
                                    .toList())
                    + ">";
            return Field.of(name, null, physical).required(!nullable);
        }
        Field value = value(name, schema, depth);
        return value.required(true);
    }

    private Field value(String name, Schema schema, int depth) throws ImportException {
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            Field mapped = logicalField(name, schema, logical);
            if (mapped != null) {
                return mapped;
            }
        }
        return switch (schema.getType()) {
            case RECORD -> Field.of(name, "object", schema.getName()).withProperties(fields(schema, depth + 1));
            case ARRAY -> Field.of(name, "array", "array").withItems(value(null, schema.getElementType(), depth + 1));
            case MAP -> Field.of(name, "object", "map<" + typeName(schema.getValueType()) + ">");
            case ENUM ->
                Field.of(name, "string", "enum")
                        .described("One of: " + String.join(", ", schema.getEnumSymbols()) + ".");
            case FIXED ->
                Field.of(name, "string", "fixed(" + schema.getFixedSize() + ")").format("binary");
            case BYTES -> Field.of(name, "string", "bytes").format("binary");
            case STRING -> Field.of(name, "string", "string");
            case INT -> Field.of(name, "integer", "int");
            case LONG -> Field.of(name, "integer", "long");
            case FLOAT -> Field.of(name, "number", "float");
            case DOUBLE -> Field.of(name, "number", "double");
            case BOOLEAN -> Field.of(name, "boolean", "boolean");
            case UNION -> field(name, schema, depth);
            case NULL -> Field.of(name, null, "null");
        };
    }

    private static Field logicalField(String name, Schema schema, LogicalType logical) {
        String physical = logical.getName() + "(" + schema.getType().getName() + ")";
        return switch (logical.getName()) {
            case "date" -> Field.of(name, "date", physical);
            case "time-millis", "time-micros" -> Field.of(name, "time", physical);
            case "timestamp-millis",
                    "timestamp-micros",
                    "timestamp-nanos",
                    "local-timestamp-millis",
                    "local-timestamp-micros",
                    "local-timestamp-nanos" -> Field.of(name, "timestamp", physical);
            case "uuid" -> Field.of(name, "string", physical).format("uuid");
            case "decimal" -> {
                LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) logical;
                yield Field.of(name, "number", "decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")");
            }
            default -> null;
        };
    }

    private static String typeName(Schema schema) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getName();
            default -> schema.getType().getName().toLowerCase(Locale.ROOT);
        };
    }
}
