package io.github.meshplugin.imports;

import java.util.List;

/**
 * One property of an imported schema, in ODCS terms: the logical type (null when the source's type has no ODCS
 * equivalent), the source's own type as the physical type, and the nested properties of an object or the items of
 * an array.
 */
record Field(
        String name,
        String logicalType,
        String physicalType,
        boolean required,
        int primaryKeyPosition,
        String description,
        Integer maxLength,
        String format,
        List<Field> properties,
        Field items) {

    static Field of(String name, String logicalType, String physicalType) {
        return new Field(name, logicalType, physicalType, false, 0, null, null, null, List.of(), null);
    }

    Field required(boolean value) {
        return new Field(
                name,
                logicalType,
                physicalType,
                value,
                primaryKeyPosition,
                description,
                maxLength,
                format,
                properties,
                items);
    }

    Field primaryKey(int position) {
        return new Field(
                name, logicalType, physicalType, required, position, description, maxLength, format, properties, items);
    }

    Field described(String text) {
        return new Field(
                name,
                logicalType,
                physicalType,
                required,
                primaryKeyPosition,
                text,
                maxLength,
                format,
                properties,
                items);
    }

    Field maxLength(Integer length) {
        return new Field(
                name,
                logicalType,
                physicalType,
                required,
                primaryKeyPosition,
                description,
                length,
                format,
                properties,
                items);
    }

    Field format(String value) {
        return new Field(
                name,
                logicalType,
                physicalType,
                required,
                primaryKeyPosition,
                description,
                maxLength,
                value,
                properties,
                items);
    }

    Field withProperties(List<Field> nested) {
        return new Field(
                name,
                logicalType,
                physicalType,
                required,
                primaryKeyPosition,
                description,
                maxLength,
                format,
                List.copyOf(nested),
                items);
    }

    Field withItems(Field item) {
        return new Field(
                name,
                logicalType,
                physicalType,
                required,
                primaryKeyPosition,
                description,
                maxLength,
                format,
                properties,
                item);
    }
}
