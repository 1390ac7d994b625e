package io.github.meshplugin.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import io.github.meshplugin.rules.TestMesh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of the README's classification table: a contract (or its product's output ports) before and
 * after one edit, read from files like a user's, must give exactly that row's change, classified as the row
 * says. A last test checks that the README's table and {@link ChangeType} list the same rows.
 */
class ClassificationTableTest {

    private static final String ORDER_ID = """
                  - name: order_id
                    logicalType: string
                    required: true
                    primaryKey: true
            """;
    private static final String CODE = """
                  - name: code
                    logicalType: string
            """;
    private static final String LATENCY = """
              - property: latency
                value: 2
                unit: h
            """;
    private static final String PORT = """
              - name: order-lines
                version: 2.3.0
                contractId: sales.orders.order-lines
            """;

    @TempDir
    Path temp;

    /** A row: the change it stands for and the contract and ports on each side (null contract: none). */
    record Row(ChangeType type, Side before, Side after) {
        @Override
        public String toString() {
            return type + " (" + type.impact().label() + ")";
        }
    }

    record Side(String properties, String extraObjects, String sla, String status, String ports, boolean contract) {}

    static Side side(String properties) {
        return new Side(properties, "", LATENCY, "active", PORT, true);
    }

    static Side withSla(String sla) {
        return new Side(ORDER_ID + CODE, "", sla, "active", PORT, true);
    }

    static Side withPorts(String ports) {
        return new Side(ORDER_ID + CODE, "", LATENCY, "active", ports, true);
    }

    static final Side BASE = side(ORDER_ID + CODE);

    static Stream<Arguments> rows() {
        List<Row> rows = List.of(
                new Row(ChangeType.CONTRACT_REMOVED, BASE, new Side("", "", "", "active", PORT, false)),
                new Row(ChangeType.OUTPUT_PORT_REMOVED, BASE, withPorts("""
                          - name: other
                            version: 1.0.0
                            contractId: sales.orders.other
                        """)),
                new Row(ChangeType.OUTPUT_PORT_CONTRACT_CHANGED, BASE, withPorts("""
                          - name: order-lines
                            version: 2.3.0
                            contractId: sales.orders.other
                        """)),
                new Row(ChangeType.OBJECT_REMOVED, new Side(ORDER_ID + CODE, """
                          - name: refunds
                            properties:
                              - name: refund_id
                                logicalType: string
                        """, LATENCY, "active", PORT, true), BASE),
                new Row(ChangeType.PROPERTY_REMOVED, BASE, side(ORDER_ID)),
                new Row(ChangeType.TYPE_CHANGED, BASE, side(ORDER_ID + CODE.replace("string", "integer"))),
                new Row(
                        ChangeType.TYPE_WIDENED,
                        side(ORDER_ID + CODE.replace("string", "integer")),
                        side(ORDER_ID + CODE.replace("string", "number"))),
                new Row(
                        ChangeType.TYPE_REWRITTEN,
                        side(ORDER_ID + CODE + "        physicalType: varchar(10)\n"),
                        side(ORDER_ID + CODE + "        physicalType: vendor_text\n")),
                new Row(ChangeType.MADE_REQUIRED, BASE, side(ORDER_ID + CODE + "        required: true\n")),
                new Row(ChangeType.NULLS_FORBIDDEN, BASE, side(ORDER_ID + CODE + """
                                quality:
                                  - type: library
                                    metric: nullValues
                                    mustBe: 0
                        """)),
                new Row(ChangeType.MADE_OPTIONAL, side(ORDER_ID + CODE + "        required: true\n"), BASE),
                new Row(
                        ChangeType.MAX_LENGTH_REDUCED,
                        side(ORDER_ID + CODE + maxLength(50)),
                        side(ORDER_ID + CODE + maxLength(20))),
                new Row(
                        ChangeType.LENGTH_RELAXED,
                        side(ORDER_ID + CODE + maxLength(20)),
                        side(ORDER_ID + CODE + maxLength(50))),
                new Row(
                        ChangeType.FORMAT_CHANGED,
                        side(ORDER_ID + CODE + option("pattern", "'[A-Z]{3}'")),
                        side(ORDER_ID + CODE + option("pattern", "'[A-Z]{3,4}'"))),
                new Row(
                        ChangeType.ENUM_VALUE_REMOVED,
                        side(ORDER_ID + CODE + validValues("[web, app, store]")),
                        side(ORDER_ID + CODE + validValues("[web, app]"))),
                new Row(
                        ChangeType.ENUM_VALUE_ADDED,
                        side(ORDER_ID + CODE + validValues("[web, app]")),
                        side(ORDER_ID + CODE + validValues("[web, app, store]"))),
                new Row(ChangeType.PRIMARY_KEY_CHANGED, BASE, side(ORDER_ID + CODE + "        primaryKey: true\n")),
                new Row(ChangeType.SLA_WEAKENED, BASE, withSla(LATENCY.replace("value: 2", "value: 4"))),
                new Row(ChangeType.SLA_REMOVED, BASE, withSla("")),
                new Row(ChangeType.SLA_STRENGTHENED, BASE, withSla(LATENCY.replace("unit: h", "unit: min"))),
                new Row(ChangeType.SLA_CHANGED, withSla(LATENCY + """
                          - property: frequency
                            value: 1
                            unit: h
                        """), withSla(LATENCY + """
                          - property: frequency
                            value: 2
                            unit: h
                        """)),
                new Row(ChangeType.DEPRECATED, BASE, new Side(ORDER_ID + CODE, "", LATENCY, "deprecated", PORT, true)),
                new Row(ChangeType.OPTIONAL_PROPERTY_ADDED, side(ORDER_ID), BASE),
                new Row(
                        ChangeType.REQUIRED_PROPERTY_ADDED,
                        side(ORDER_ID),
                        side(ORDER_ID + CODE + "        required: true\n")),
                new Row(ChangeType.OBJECT_ADDED, BASE, new Side(ORDER_ID + CODE, """
                          - name: refunds
                            properties:
                              - name: refund_id
                                logicalType: string
                        """, LATENCY, "active", PORT, true)),
                new Row(ChangeType.OUTPUT_PORT_ADDED, BASE, withPorts(PORT + PORT.replace("2.3.0", "3.0.0"))),
                new Row(ChangeType.SLA_ADDED, BASE, withSla(LATENCY + """
                          - property: retention
                            value: 1
                            unit: y
                        """)),
                new Row(
                        ChangeType.DOCUMENTATION_CHANGED,
                        BASE,
                        side(ORDER_ID + CODE + "        description: The discount code.\n")));
        assertThat(rows.stream().map(Row::type))
                .as("one row per change type, in the table's order")
                .containsExactly(ChangeType.values());
        return rows.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowOfTheTableIsClassifiedAsTheReadmeSays(Row row) {
        Mesh before = read(temp.resolve("before"), row.before());
        Mesh after = read(temp.resolve("after"), row.after());

        MeshChanges changes = new MeshDiff().compare(before, after, "test");

        List<Change> found =
                changes.of("sales.orders.order-lines").orElseThrow().changes();
        assertThat(found).extracting(Change::type).containsExactly(row.type());
        assertThat(found.get(0).impact()).isEqualTo(row.type().impact());
        assertThat(changes.of("sales.orders.order-lines").orElseThrow().breaking())
                .isEqualTo(row.type().impact() == Impact.BREAKING);
    }

    @Test
    void theReadmeTableListsEveryChangeTypeWithItsClassification() throws IOException {
        String readme = Files.readString(
                Path.of(System.getProperty("mesh.sampleMesh"))
                        .resolve("../README.md")
                        .normalize(),
                StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Breaking changes"));
        String table = section.substring(section.indexOf("| change |"));
        List<String> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(line);
        }
        List<String> expected = Arrays.stream(ChangeType.values())
                .map(type -> "| " + type.description() + " | " + type.impact().label() + " |")
                .toList();
        assertThat(rows.subList(2, rows.size())).containsExactlyElementsOf(expected);
    }

    private static String maxLength(int length) {
        return option("maxLength", String.valueOf(length));
    }

    private static String option(String name, String value) {
        return "        logicalTypeOptions:\n          " + name + ": " + value + "\n";
    }

    private static String validValues(String values) {
        return """
                        quality:
                          - type: library
                            metric: invalidValues
                            arguments:
                              validValues: %s
                            mustBe: 0
                """.formatted(values);
    }

    private static Mesh read(Path root, Side side) {
        TestMesh mesh = new TestMesh(root);
        mesh.file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                name: Orders
                status: active
                domain: sales
                outputPorts:
                """ + side.ports());
        if (side.contract()) {
            mesh.file("domains/sales/orders/order-lines.odcs.yaml", """
                    apiVersion: v3.1.0
                    kind: DataContract
                    id: sales.orders.order-lines
                    name: Order lines
                    version: 2.3.0
                    status: %s
                    schema:
                      - name: order_lines
                        properties:
                    %s%sslaProperties:
                    %s""".formatted(
                            side.status(), side.properties(), side.extraObjects(), side.sla()));
        }
        return new MeshReader(ReadOptions.defaults()).read(root).mesh();
    }
}
