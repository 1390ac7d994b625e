package io.github.meshplugin.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Reads the {@code CREATE TABLE} statements of a DDL script with JSqlParser: each table becomes a schema object,
 * each column a property with its type, {@code NOT NULL} as required, the primary key (inline or as a table
 * constraint, with its column order) and comments ({@code COMMENT '...'} inline, as MySQL writes them, or
 * {@code COMMENT ON COLUMN ... IS '...'}, as PostgreSQL and Snowflake do). Other statements are passed over.
 */
final class SqlDdl {

    private final SqlDialect dialect;

    SqlDdl(SqlDialect dialect) {
        this.dialect = dialect;
    }

    List<SchemaTable> read(String sql) throws ImportException {
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException unparseable) {
            String reason = unparseable.getCause() == null
                    ? unparseable.getMessage()
                    : unparseable.getCause().getMessage();
            throw new ImportException("Cannot parse the DDL: " + firstLine(reason));
        }
        Map<String, List<Field>> tables = new LinkedHashMap<>();
        Map<String, String> tableComments = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (statement instanceof CreateTable create && create.getColumnDefinitions() != null) {
                String table = unquote(create.getTable().getName());
                tables.put(table, columns(create));
                String comment = comment(create.getTableOptionsStrings());
                if (comment != null) {
                    tableComments.put(table, comment);
                }
            }
        }
        for (Statement statement : statements) {
            if (statement instanceof Comment comment && comment.getComment() != null) {
                applyComment(comment, tables, tableComments);
            }
        }
        if (tables.isEmpty()) {
            throw new ImportException("The DDL has no CREATE TABLE statement with columns.");
        }
        List<SchemaTable> result = new ArrayList<>();
        tables.forEach((name, fields) -> result.add(new SchemaTable(name, "table", tableComments.get(name), fields)));
        return result;
    }

    private List<Field> columns(CreateTable create) {
        List<String> primaryKey = new ArrayList<>();
        if (create.getIndexes() != null) {
            for (Index index : create.getIndexes()) {
                if (index.getType() != null
                        && index.getType().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
                    index.getColumnsNames().forEach(name -> primaryKey.add(unquote(name)));
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        for (ColumnDefinition column : create.getColumnDefinitions()) {
            List<String> specs = column.getColumnSpecs() == null ? List.of() : column.getColumnSpecs();
            String specText = String.join(" ", specs).toUpperCase(Locale.ROOT);
            String name = unquote(column.getColumnName());
            if (specText.contains("PRIMARY KEY") && !primaryKey.contains(name)) {
                primaryKey.add(name);
            }
            fields.add(field(name, column.getColDataType(), specText.contains("NOT NULL"), comment(specs)));
        }
        List<Field> withKeys = new ArrayList<>();
        for (Field field : fields) {
            int position = primaryKey.indexOf(field.name()) + 1;
            withKeys.add(position > 0 ? field.primaryKey(position).required(true) : field);
        }
        return withKeys;
    }

    private Field field(String name, ColDataType type, boolean notNull, String comment) {
        String raw = type.getDataType().trim();
        int paren = raw.indexOf('(');
        String base = paren < 0 ? raw : raw.substring(0, paren).trim();
        List<String> arguments = type.getArgumentsStringList() == null ? List.of() : type.getArgumentsStringList();
        if (arguments.isEmpty() && paren >= 0 && raw.endsWith(")")) {
            // Some dialects' types come back with their arguments inside the type's name: "NUMERIC (12, 2)".
            arguments = Arrays.stream(raw.substring(paren + 1, raw.length() - 1).split(","))
                    .map(String::trim)
                    .toList();
        }
        String physical = type.toString().trim();
        boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
        String logical = array ? "array" : dialect.logicalType(base, arguments);
        Field field = Field.of(name, logical, physical).required(notNull).described(comment);
        if (array) {
            String itemType = dialect.logicalType(base, arguments);
            return field.withItems(Field.of(null, itemType == null ? "string" : itemType, base));
        }
        if ("array".equals(logical)) {
            return field.withItems(Field.of(null, "string", null));
        }
        return field.maxLength("string".equals(logical) ? dialect.maxLength(base, arguments) : null)
                .format("string".equals(logical) ? dialect.format(base) : null);
    }

    private static void applyComment(
            Comment comment, Map<String, List<Field>> tables, Map<String, String> tableComments) {
        String text = comment.getComment().getValue().replace("''", "'");
        if (comment.getColumn() != null) {
            String table = comment.getColumn().getTable() == null
                    ? null
                    : unquote(comment.getColumn().getTable().getName());
            String column = unquote(comment.getColumn().getColumnName());
            List<Field> fields = tables.get(table);
            if (fields != null) {
                fields.replaceAll(field -> field.name().equals(column) ? field.described(text) : field);
            }
        } else if (comment.getTable() != null) {
            String table = unquote(comment.getTable().getName());
            if (tables.containsKey(table)) {
                tableComments.put(table, text);
            }
        }
    }

    /** The text after a {@code COMMENT} keyword in a list of specification tokens, or null. */
    private static String comment(List<String> tokens) {
        if (tokens == null) {
            return null;
        }
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).equalsIgnoreCase("COMMENT")) {
                String next = tokens.get(i + 1);
                if (next.equals("=") && i + 2 < tokens.size()) {
                    next = tokens.get(i + 2);
                }
                return stripQuotes(next);
            }
        }
        return null;
    }

    private static String stripQuotes(String literal) {
        String text = literal.trim();
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            text = text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text;
    }

    static String unquote(String identifier) {
        if (identifier == null) {
            return null;
        }
        String text = identifier.trim();
        if (text.length() >= 2
                && ((text.startsWith("\"") && text.endsWith("\""))
                        || (text.startsWith("`") && text.endsWith("`"))
                        || (text.startsWith("[") && text.endsWith("]")))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}
