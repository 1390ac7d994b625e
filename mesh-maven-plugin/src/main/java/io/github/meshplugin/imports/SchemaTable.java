package io.github.meshplugin.imports;

import java.util.List;

/** One schema object of an imported contract: a table, a record or a document type, with its properties. */
record SchemaTable(String name, String physicalType, String description, List<Field> fields) {}
