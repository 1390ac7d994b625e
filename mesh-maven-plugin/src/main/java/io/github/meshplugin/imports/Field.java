package io.github.meshplugin.imports;

import java.util.List;
import java.util.function.Consumer;

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
        return copy(copy -> copy.required = value);
    }

    Field primaryKey(int position) {
        return copy(copy -> copy.primaryKeyPosition = position);
    }

    Field described(String text) {
        return copy(copy -> copy.description = text);
    }

    Field maxLength(Integer length) {
        return copy(copy -> copy.maxLength = length);
    }

    Field format(String value) {
        return copy(copy -> copy.format = value);
    }

    Field withProperties(List<Field> nested) {
        return copy(copy -> copy.properties = List.copyOf(nested));
    }

    Field withItems(Field item) {
        return copy(copy -> copy.items = item);
    }

    private Field copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A field's components, so that each wither names only the one it changes. */
    private static final class Copy {
        private final String name;
        private final String logicalType;
        private final String physicalType;
        private boolean required;
        private int primaryKeyPosition;
        private String description;
        private Integer maxLength;
        private String format;
        private List<Field> properties;
        private Field items;

        private Copy(Field field) {
            name = field.name;
            logicalType = field.logicalType;
            physicalType = field.physicalType;
            required = field.required;
            primaryKeyPosition = field.primaryKeyPosition;
            description = field.description;
            maxLength = field.maxLength;
            format = field.format;
            properties = field.properties;
            items = field.items;
        }

        private Field build() {
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
                    items);
        }
    }
}
