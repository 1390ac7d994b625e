package io.github.meshplugin.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes imported schema objects as an ODCS contract, in the field order of the standard's own examples. */
final class ContractYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ContractYaml() {}

    /** A new contract around the imported objects. */
    static ObjectNode contract(
            String odcsVersion, String id, String name, String version, String origin, List<SchemaTable> tables) {
        ObjectNode contract = NODES.objectNode();
        contract.put("apiVersion", odcsVersion);
        contract.put("kind", "DataContract");
        contract.put("id", id);
        contract.put("name", name);
        contract.put("version", version);
        contract.put("status", "draft");
        contract.putObject("description").put("purpose", "Imported from " + origin + "; describe what it is for.");
        contract.set("schema", schema(tables));
        return contract;
    }

    static ArrayNode schema(List<SchemaTable> tables) {
        ArrayNode schema = NODES.arrayNode();
        for (SchemaTable table : tables) {
            ObjectNode object = schema.addObject();
            object.put("name", table.name());
            object.put("physicalType", table.physicalType());
            if (table.description() != null && !table.description().isBlank()) {
                object.put("description", table.description());
            }
            object.set("properties", properties(table.fields()));
        }
        return schema;
    }

    private static ArrayNode properties(List<Field> fields) {
        ArrayNode properties = NODES.arrayNode();
        fields.forEach(field -> properties.add(property(field)));
        return properties;
    }

    private static ObjectNode property(Field field) {
        ObjectNode property = NODES.objectNode();
        if (field.name() != null) {
            property.put("name", field.name());
        }
        if (field.logicalType() != null) {
            property.put("logicalType", field.logicalType());
        }
        if (field.physicalType() != null) {
            property.put("physicalType", field.physicalType());
        }
        if (field.required()) {
            property.put("required", true);
        }
        if (field.primaryKeyPosition() > 0) {
            property.put("primaryKey", true);
            property.put("primaryKeyPosition", field.primaryKeyPosition());
        }
        if (field.description() != null && !field.description().isBlank()) {
            property.put("description", field.description());
        }
        if ("string".equals(field.logicalType()) && (field.maxLength() != null || field.format() != null)) {
            ObjectNode options = property.putObject("logicalTypeOptions");
            if (field.maxLength() != null) {
                options.put("maxLength", field.maxLength());
            }
            if (field.format() != null) {
                options.put("format", field.format());
            }
        }
        if ("object".equals(field.logicalType()) && !field.properties().isEmpty()) {
            property.set("properties", properties(field.properties()));
        }
        if ("array".equals(field.logicalType()) && field.items() != null) {
            property.set("items", property(field.items()));
        }
        return property;
    }

    static String text(JsonNode contract) {
        try {
            return YAML.writeValueAsString(contract);
        } catch (JsonProcessingException cannot) {
            throw new UncheckedIOException(cannot);
        }
    }
}
