package io.github.meshplugin.scaffold;

import java.util.List;

/**
 * The text of each file the scaffolder writes. Names reaching here are checked lower-case words (see
 * {@link Names}), so they need no quoting in YAML; free text a user typed is escaped where it lands.
 */
final class MeshFiles {

    private MeshFiles() {}

    /** The first version of a new product, port and contract. */
    static final String FIRST_VERSION = "0.1.0";

    record Port(String name, String version, String contractId) {}

    static String product(
            String odpsVersion, String domain, String product, String team, List<Port> inputs, List<Port> outputs) {
        StringBuilder text = new StringBuilder();
        text.append("apiVersion: ").append(odpsVersion).append('\n');
        text.append("kind: DataProduct\n");
        text.append("id: ").append(domain).append('.').append(product).append('\n');
        text.append("name: ").append(Names.title(product)).append('\n');
        text.append("version: ").append(FIRST_VERSION).append('\n');
        text.append("# A new product starts as a draft; make it active when it ships. An active product that no\n");
        text.append("# product of the mesh reads needs the tag consumer-facing, and its contracts an SLA.\n");
        text.append("status: draft\n");
        text.append("domain: ").append(domain).append('\n');
        text.append("description:\n");
        text.append("  purpose: ").append(Names.title(product)).append(", described here by the team that owns it.\n");
        if (team != null) {
            text.append("team:\n  name: ").append(team).append('\n');
        }
        if (!inputs.isEmpty()) {
            text.append("inputPorts:\n");
            inputs.forEach(port -> text.append(port(port)));
        }
        text.append("outputPorts:\n");
        outputs.forEach(port -> text.append(port(port)));
        return text.toString();
    }

    static String port(Port port) {
        return "  - name: " + port.name() + "\n    version: " + port.version() + "\n    contractId: "
                + port.contractId() + "\n";
    }

    static String contract(String odcsVersion, String id, String port) {
        String object = Names.snake(port);
        return """
                apiVersion: %1$s
                kind: DataContract
                id: %2$s
                name: %3$s
                version: %4$s
                status: draft
                description:
                  purpose: What one row of %3$s means, and what it is for.
                schema:
                  - name: %5$s
                    physicalType: table
                    description: One row per %5$s.
                    properties:
                      - name: %5$s_id
                        logicalType: string
                        required: true
                        primaryKey: true
                        description: Identifies one row.
                # What the producer promises: data at most one day old.
                slaProperties:
                  - property: latency
                    value: 1
                    unit: d
                """.formatted(odcsVersion, id, Names.title(port), FIRST_VERSION, object);
    }

    static String readme(String domain, String product) {
        return """
                # %1$s

                The product `%2$s.%3$s` of the domain %4$s: what it holds, where its data comes from and how to use
                it. This page is shown on the product's page of the catalog (CommonMark with tables).
                """.formatted(Names.title(product), domain, product, Names.title(domain));
    }

    static String domain(String domain, String owner) {
        return "name: " + Names.title(domain) + "\n"
                + "description: The products of " + Names.title(domain) + ".\n"
                + (owner == null ? "" : "owner: " + owner + "\n");
    }

    static String team(String team, String owner) {
        String members = owner == null
                ? "# members:\n#   - {username: jane.doe, name: Jane Doe, role: owner, email: jane.doe@example.com}\n"
                : "members:\n  - username: " + owner + "\n    role: owner\n";
        return "id: " + team + "\n"
                + "name: " + Names.title(team) + "\n"
                + "description: The team " + Names.title(team) + ".\n"
                + members
                + "# support:\n#   - {channel: \"#" + team + "\", tool: slack, url: \"https://example.slack.com\"}\n";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
