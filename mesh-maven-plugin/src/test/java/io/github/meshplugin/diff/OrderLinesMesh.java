package io.github.meshplugin.diff;

import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import java.util.List;

/**
 * A small mesh around one consumed contract, sales.orders.order-lines, for the breaking-change stories: the
 * orders product publishes it; finance.revenue-daily, marketing.basket-analysis and logistics.parcel-planning
 * read it, each declaring (or not) the properties it uses.
 */
public final class OrderLinesMesh {

    static final List<String> ALL_PROPERTIES = List.of("order_id", "amount", "discount_code", "channel");

    private final TestMesh mesh;

    public OrderLinesMesh(Path root) {
        this.mesh = new TestMesh(root);
    }

    public TestMesh files() {
        return mesh;
    }

    /** Every product and team, with the contract at 2.3.0 holding {@link #ALL_PROPERTIES}. */
    public OrderLinesMesh initial(String revenueDailyUses) {
        mesh.team("checkout").team("finance-data").team("growth").team("fulfilment");
        contract("2.3.0", ALL_PROPERTIES);
        publisher("""
                  - name: order-lines
                    version: 2.3.0
                    contractId: sales.orders.order-lines
                """);
        consumer("finance", "revenue-daily", "finance-data", revenueDailyUses);
        consumer("marketing", "basket-analysis", "growth", "[order_id, discount_code]");
        consumer("logistics", "parcel-planning", "fulfilment", "[order_id, channel]");
        return this;
    }

    public OrderLinesMesh contract(String version, List<String> properties) {
        StringBuilder props = new StringBuilder();
        for (String name : properties) {
            props.append("      - name: ")
                    .append(name)
                    .append('\n')
                    .append("        logicalType: ")
                    .append(name.equals("amount") ? "number" : "string")
                    .append('\n')
                    .append(name.equals("order_id") ? "        required: true\n        primaryKey: true\n" : "");
        }
        mesh.file("domains/sales/orders/order-lines.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: sales.orders.order-lines
                name: Order lines
                version: %s
                status: active
                description:
                  purpose: Every order line.
                schema:
                  - name: order_lines
                    physicalType: table
                    properties:
                %sslaProperties:
                  - property: latency
                    value: 2
                    unit: h
                """.formatted(version, props));
        return this;
    }

    public OrderLinesMesh publisher(String outputPorts) {
        mesh.file("domains/sales/orders/orders.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                name: Orders
                status: active
                domain: sales
                description:
                  purpose: Orders of every channel.
                team:
                  name: checkout
                outputPorts:
                """ + outputPorts);
        return this;
    }

    /** @param uses the YAML list of used properties, or null for a consumer that declares none */
    public OrderLinesMesh consumer(String domain, String name, String team, String uses) {
        String declaration = uses == null ? "" : """
                    customProperties:
                      - property: usedProperties
                        value: %s
                """.formatted(uses);
        mesh.file("domains/" + domain + "/" + name + "/" + name + ".odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s.%s
                name: %s
                status: active
                domain: %s
                description:
                  purpose: Reads order lines.
                team:
                  name: %s
                inputPorts:
                  - name: order-lines
                    version: 2.3.0
                    contractId: sales.orders.order-lines
                %soutputPorts:
                  - name: out
                    version: 1.0.0
                    contractId: %s.%s.out
                """.formatted(
                        domain, name, name, domain, team, declaration, domain, name));
        mesh.file("domains/" + domain + "/" + name + "/out.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: %s.%s.out
                name: Out
                version: 1.0.0
                status: active
                schema:
                  - name: out
                    properties:
                      - name: id
                        logicalType: string
                """.formatted(domain, name));
        return this;
    }
}
