package io.github.meshplugin.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.diff.TypeCompatibility.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The physical type changes the README calls compatible widenings, and their narrowing counterparts. */
class TypeCompatibilityTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "int; bigint; WIDENED",
                "INTEGER; long; WIDENED",
                "smallint; int; WIDENED",
                "bigint; int; INCOMPATIBLE",
                "int; double; WIDENED",
                "int; decimal(12,2); WIDENED",
                "bigint; decimal(12,2); INCOMPATIBLE",
                "float; double; WIDENED",
                "double; float; INCOMPATIBLE",
                "varchar(20); varchar(50); WIDENED",
                "varchar(50); varchar(20); INCOMPATIBLE",
                "char(2); varchar(2); WIDENED",
                "varchar(36); string; WIDENED",
                "varchar(36); text; WIDENED",
                "string; varchar(36); INCOMPATIBLE",
                "decimal(10,2); decimal(12,2); WIDENED",
                "decimal(10,2); decimal(10,4); INCOMPATIBLE",
                "decimal(10,2); decimal(12,4); WIDENED",
                "date; int; INCOMPATIBLE",
                "varchar(10); boolean; INCOMPATIBLE",
                "timestamp; timestamp_ntz; UNKNOWN",
                "varchar(10); VARCHAR(10); SAME"
            })
    void physicalTypeChangesAreJudgedAsDocumented(String before, String after, Verdict expected) {
        assertThat(TypeCompatibility.physical(before, after)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "integer; number; WIDENED",
                "number; integer; INCOMPATIBLE",
                "string; integer; INCOMPATIBLE",
                "date; timestamp; INCOMPATIBLE",
                "string; string; SAME"
            })
    void logicalTypesWidenOnlyFromIntegerToNumber(String before, String after, Verdict expected) {
        assertThat(TypeCompatibility.logical(before, after)).isEqualTo(expected);
    }
}
