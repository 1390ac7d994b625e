package io.github.meshplugin.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one SQL dialect's column types map to ODCS logical types. The physical type always keeps the type as the DDL
 * wrote it, so nothing of the source is lost when the logical type is coarser.
 */
public enum SqlDialect {
    POSTGRESQL,
    MYSQL,
    SNOWFLAKE,
    BIGQUERY;

    private static final Set<String> STRINGS = Set.of(
            "CHAR",
            "CHARACTER",
            "VARCHAR",
            "CHARACTER VARYING",
            "VARYING",
            "NCHAR",
            "NVARCHAR",
            "TEXT",
            "STRING",
            "TINYTEXT",
            "MEDIUMTEXT",
            "LONGTEXT",
            "CITEXT",
            "UUID",
            "ENUM",
            "SET",
            "BPCHAR",
            "NAME",
            "INET",
            "CIDR");
    private static final Set<String> INTEGERS = Set.of(
            "INT",
            "INTEGER",
            "SMALLINT",
            "BIGINT",
            "TINYINT",
            "MEDIUMINT",
            "BYTEINT",
            "INT2",
            "INT4",
            "INT8",
            "INT64",
            "SERIAL",
            "SMALLSERIAL",
            "BIGSERIAL",
            "SERIAL4",
            "SERIAL8",
            "YEAR");
    private static final Set<String> NUMBERS = Set.of(
            "DECIMAL",
            "NUMERIC",
            "NUMBER",
            "DEC",
            "FLOAT",
            "FLOAT4",
            "FLOAT8",
            "FLOAT64",
            "DOUBLE",
            "DOUBLE PRECISION",
            "REAL",
            "MONEY",
            "BIGNUMERIC",
            "BIGDECIMAL");
    private static final Set<String> BOOLEANS = Set.of("BOOLEAN", "BOOL", "BIT");
    private static final Set<String> TIMESTAMPS = Set.of(
            "TIMESTAMP",
            "TIMESTAMPTZ",
            "DATETIME",
            "DATETIME2",
            "TIMESTAMP_NTZ",
            "TIMESTAMP_LTZ",
            "TIMESTAMP_TZ",
            "SMALLDATETIME");
    private static final Set<String> OBJECTS = Set.of("JSON", "JSONB", "VARIANT", "OBJECT", "STRUCT", "HSTORE");
    private static final Set<String> BINARIES =
            Set.of("BYTEA", "BYTES", "BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB");

    /** The dialect named on the command line ({@code postgresql}, {@code postgres}, {@code mysql}, ...). */
    public static SqlDialect parse(String name) throws ImportException {
        String normalized = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "postgresql", "postgres", "pg" -> POSTGRESQL;
            case "mysql", "mariadb" -> MYSQL;
            case "snowflake" -> SNOWFLAKE;
            case "bigquery" -> BIGQUERY;
            default ->
                throw new ImportException(
                        "Unknown SQL dialect `" + name + "`; use postgresql, mysql, snowflake or bigquery.");
        };
    }

    /**
     * The ODCS logical type of a column type ({@code VARCHAR}, arguments {@code [120]}), or null when ODCS has none
     * (then only the physical type is written).
     */
    String logicalType(String type, List<String> arguments) {
        String base = type.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (base.startsWith("TIMESTAMP") || base.startsWith("DATETIME")) {
            return "timestamp";
        }
        if (base.startsWith("TIME")) {
            return "time";
        }
        if (this == MYSQL && base.equals("TINYINT") && arguments.equals(List.of("1"))) {
            return "boolean";
        }
        if (this == SNOWFLAKE && (base.equals("NUMBER") || base.equals("DECIMAL") || base.equals("NUMERIC"))) {
            // Snowflake's NUMBER has scale 0 unless one is given: NUMBER and NUMBER(38) hold whole numbers.
            return arguments.size() < 2 || arguments.get(1).trim().equals("0") ? "integer" : "number";
        }
        if (base.equals("DATE")) {
            return "date";
        }
        if (base.equals("ARRAY") || base.endsWith("[]")) {
            return "array";
        }
        if (STRINGS.contains(base) || BINARIES.contains(base)) {
            return "string";
        }
        if (INTEGERS.contains(base)) {
            return "integer";
        }
        if (NUMBERS.contains(base)) {
            return "number";
        }
        if (BOOLEANS.contains(base)) {
            return "boolean";
        }
        if (TIMESTAMPS.contains(base)) {
            return "timestamp";
        }
        if (OBJECTS.contains(base)) {
            return "object";
        }
        return null;
    }

    /** The declared length of a character type ({@code VARCHAR(120)}), or null. */
    Integer maxLength(String type, List<String> arguments) {
        String base = type.toUpperCase(Locale.ROOT);
        if (!(base.contains("CHAR") || base.equals("STRING")) || arguments.size() != 1) {
            return null;
        }
        try {
            return Integer.valueOf(arguments.get(0).trim());
        } catch (NumberFormatException notALength) {
            return null;
        }
    }

    /** The format ODCS uses for binary or UUID columns, or null. */
    String format(String type) {
        String base = type.toUpperCase(Locale.ROOT);
        if (BINARIES.contains(base)) {
            return "binary";
        }
        return base.equals("UUID") ? "uuid" : null;
    }
}
