package io.github.meshplugin.read.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlTreeReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The JSON a schema judges keeps what YAML made of every scalar: the same tree Jackson's own YAML reader builds. */
class YamlJsonTest {

    private static final String SCALARS = """
            text: hello
            quoted: "42"
            integer: 42
            negative: -7
            underscores: 1_000_000
            hex: 0x1F
            octal: 012
            long: 9000000000
            huge: 123456789012345678901234567890
            decimal: 1.50
            exponent: 1.5e+3
            infinite: .inf
            yes: yes
            off: off
            nothing: null
            tilde: ~
            date: 2024-05-01
            list: [1, two, 3.0]
            map: {a: 1}
            """;

    private static JsonNode converted() {
        YamlNode root = new YamlTreeReader(100_000)
                .read(SCALARS, "f.yaml", new ArrayList<>())
                .orElseThrow();
        return YamlJson.toJson(root).orElseThrow();
    }

    @Test
    void scalarsKeepTheTypeYamlGaveThem() {
        JsonNode json = converted();

        assertThat(json.get("text").isTextual()).isTrue();
        assertThat(json.get("quoted").asText()).isEqualTo("42");
        assertThat(json.get("quoted").isTextual()).isTrue();
        assertThat(json.get("integer").isInt()).isTrue();
        assertThat(json.get("negative").intValue()).isEqualTo(-7);
        assertThat(json.get("underscores").intValue()).isEqualTo(1_000_000);
        assertThat(json.get("hex").intValue()).isEqualTo(31);
        assertThat(json.get("octal").intValue()).isEqualTo(10);
        assertThat(json.get("long").isLong()).isTrue();
        assertThat(json.get("huge").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(json.get("decimal").decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(json.get("exponent").doubleValue()).isEqualTo(1500.0);
        assertThat(json.get("infinite").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(json.get("yes").booleanValue()).isTrue();
        assertThat(json.get("off").isBoolean()).isTrue();
        assertThat(json.get("off").booleanValue()).isFalse();
        assertThat(json.get("nothing").isNull()).isTrue();
        assertThat(json.get("tilde").isNull()).isTrue();
        assertThat(json.get("date").isTextual()).isTrue();
    }

    @Test
    void theTreeEqualsWhatJacksonsYamlReaderBuildsUpToNumberRepresentation() throws IOException {
        // Jackson's tree reader cannot read `.inf` at all; every other scalar it reads as the plugin does.
        JsonNode jackson = new YAMLMapper().readTree(SCALARS.replace("infinite: .inf\n", ""));
        JsonNode ours = converted();

        assertThat(ours.size()).isEqualTo(jackson.size() + 1);
        // Jackson makes 1.50 a double, the plugin keeps it exact: equal as numbers, and that is what schemas compare.
        Comparator<JsonNode> sameValue = (a, b) ->
                a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        jackson.fieldNames()
                .forEachRemaining(field -> assertThat(ours.get(field).equals(sameValue, jackson.get(field)))
                        .as(field + ": " + ours.get(field) + " vs " + jackson.get(field))
                        .isTrue());
    }
}
