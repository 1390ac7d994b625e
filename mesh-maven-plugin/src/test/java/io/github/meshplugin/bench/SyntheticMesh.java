package io.github.meshplugin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic mesh of any size to a folder, the same files for the same size and seed: {@code products}
 * ODPS products over {@code products / 50} domains owned by {@code products / 20} teams, each publishing an ODCS
 * contract of 10 to 30 properties (some personal data), with quality rules, SLAs and a markdown README. Products
 * consume one to three earlier products, so the graph is a DAG; about 30% of its edges cross domains, and early
 * products are picked more often, so some have many consumers as real platforms do.
 *
 * <p>{@code java ... SyntheticMesh <products> <folder> [seed] [pluginVersion]} also writes a {@code pom.xml} that
 * builds the mesh with the plugin, so the mesh can be timed as a whole Maven build.
 */
public final class SyntheticMesh {

    public static final long DEFAULT_SEED = 20261130L;

    private static final String[] DOMAIN_WORDS = {
        "sales",
        "customer",
        "marketing",
        "logistics",
        "finance",
        "payments",
        "inventory",
        "returns",
        "pricing",
        "support",
        "supply",
        "merchandising",
        "loyalty",
        "fraud",
        "catalog",
        "stores",
        "hr",
        "procurement",
        "risk",
        "web"
    };
    private static final String[] PRODUCT_WORDS = {
        "orders",
        "events",
        "snapshots",
        "scores",
        "daily-kpis",
        "sessions",
        "balances",
        "forecasts",
        "segments",
        "audits",
        "ledger",
        "stock",
        "prices",
        "claims",
        "reviews",
        "shipments",
        "visits",
        "refunds",
        "margins",
        "alerts"
    };
    private static final String[] FIELDS = {
        "customer_id",
        "order_id",
        "created_at",
        "updated_at",
        "currency_code",
        "amount",
        "status",
        "country_code",
        "sku",
        "quantity",
        "unit_price",
        "channel",
        "campaign_id",
        "segment_code",
        "warehouse_code",
        "carrier_code",
        "tracking_number",
        "store_id",
        "event_type",
        "session_id",
        "discount_amount",
        "tax_amount",
        "net_amount",
        "gross_amount",
        "payment_method",
        "shipped_at",
        "delivered_at",
        "score",
        "region_code",
        "is_active"
    };
    private static final String[] PII_FIELDS = {
        "customer_email", "phone_number", "full_name", "birth_date", "street_address", "postal_code", "ip_address"
    };
    private static final String[] TYPES = {"string", "integer", "number", "date", "timestamp", "boolean"};
    private static final String[] FIRST_NAMES = {
        "Alice", "Bruno", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya",
        "Noah", "Olga", "Pablo"
    };

    private final int productCount;
    private final int domainCount;
    private final int teamCount;
    private final Random random;

    private SyntheticMesh(int productCount, long seed) {
        this.productCount = productCount;
        this.domainCount = Math.max(1, productCount / 50);
        this.teamCount = Math.max(1, productCount / 20);
        this.random = new Random(seed);
    }

    /** What was written, for callers that want to state it. */
    public record Summary(int products, int domains, int teams, int edges, int crossDomainEdges, long files) {}

    public static Summary write(int products, Path root, long seed) {
        try {
            return new SyntheticMesh(products, seed).writeTo(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticMesh <products> <folder> [seed] [pluginVersion]");
            System.exit(2);
        }
        int products = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Summary summary = write(products, root, seed);
        if (args.length > 3) {
            writePom(root, args[3], products);
        }
        System.out.printf(
                "%,d products in %,d domains, %,d teams, %,d edges (%,d cross-domain), %,d files in %s%n",
                summary.products(),
                summary.domains(),
                summary.teams(),
                summary.edges(),
                summary.crossDomainEdges(),
                summary.files(),
                root);
    }

    private record Product(
            int index, String domain, String id, String folderName, String contractId, String version, String team) {}

    private Summary writeTo(Path root) throws IOException {
        List<String> domains = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) {
            domains.add(DOMAIN_WORDS[d % DOMAIN_WORDS.length] + (d < DOMAIN_WORDS.length ? "" : "-" + d));
        }
        long files = 0;
        for (int t = 0; t < teamCount; t++) {
            write(root.resolve("teams/" + teamId(t) + ".yaml"), team(t));
            files++;
        }
        for (int d = 0; d < domainCount; d++) {
            write(root.resolve("domains/" + domains.get(d) + "/domain.yaml"), domain(domains.get(d), d));
            files++;
        }

        List<Product> all = new ArrayList<>(productCount);
        List<List<Product>> inputsOf = new ArrayList<>(productCount);
        List<List<Product>> byDomain = new ArrayList<>();
        domains.forEach(d -> byDomain.add(new ArrayList<>()));
        Set<Product> consumed = new HashSet<>();
        int edges = 0;
        int crossDomain = 0;
        for (int i = 0; i < productCount; i++) {
            int domainIndex = i % domainCount;
            String domain = domains.get(domainIndex);
            String folderName = PRODUCT_WORDS[(i / domainCount) % PRODUCT_WORDS.length] + "-" + i;
            String id = domain + "." + folderName;
            Product product = new Product(
                    i,
                    domain,
                    id,
                    folderName,
                    id + ".rows",
                    (1 + random.nextInt(3)) + "." + random.nextInt(10) + ".0",
                    teamId((domainIndex + domainCount * random.nextInt(Math.max(1, teamCount / domainCount)))
                            % teamCount));

            List<Product> inputs = new ArrayList<>();
            // The first products of the mesh are source-aligned: they read from systems, not from products.
            if (i >= Math.max(1, productCount / 20)) {
                int wanted = inputCount();
                for (int attempt = 0; inputs.size() < wanted && attempt < 10; attempt++) {
                    List<Product> sameDomain = byDomain.get(domainIndex);
                    boolean cross = sameDomain.isEmpty() || random.nextDouble() < 0.3;
                    Product producer = cross ? popular(all) : popular(sameDomain);
                    if (!inputs.contains(producer)) {
                        inputs.add(producer);
                    }
                }
            }
            edges += inputs.size();
            crossDomain += (int)
                    inputs.stream().filter(p -> !p.domain().equals(domain)).count();
            consumed.addAll(inputs);
            all.add(product);
            inputsOf.add(inputs);
            byDomain.get(domainIndex).add(product);
        }
        for (Product product : all) {
            Path folder = root.resolve("domains/" + product.domain() + "/" + product.folderName());
            List<Product> inputs = inputsOf.get(product.index());
            // A product nobody in the mesh reads serves people and tools outside it, as leaves of a real mesh do.
            write(
                    folder.resolve(product.folderName() + ".odps.yaml"),
                    descriptor(product, inputs, !consumed.contains(product)));
            write(folder.resolve("rows.odcs.yaml"), contract(product));
            write(folder.resolve("README.md"), readme(product, inputs));
            files += 3;
        }
        return new Summary(productCount, domainCount, teamCount, edges, crossDomain, files);
    }

    private int inputCount() {
        double roll = random.nextDouble();
        return roll < 0.15 ? 1 : roll < 0.4 ? 2 : 3;
    }

    /** Earlier products, the earliest picked most often: a few products end up with many consumers. */
    private Product popular(List<Product> candidates) {
        double r = random.nextDouble();
        return candidates.get((int) (candidates.size() * r * r * r));
    }

    private static String teamId(int t) {
        return "team-" + t;
    }

    private String team(int t) {
        StringBuilder yaml = new StringBuilder()
                .append("id: ")
                .append(teamId(t))
                .append('\n')
                .append("name: Team ")
                .append(t)
                .append('\n')
                .append("description: Builds and runs data products for its domain.\n")
                .append("members:\n");
        for (int m = 0; m < 3; m++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String user = first.toLowerCase() + "." + t + m;
            yaml.append("  - {username: ")
                    .append(user)
                    .append(", name: ")
                    .append(first)
                    .append(' ')
                    .append(t)
                    .append(m)
                    .append(", role: ")
                    .append(m == 0 ? "owner" : "data engineer")
                    .append(", email: ")
                    .append(user)
                    .append("@example.com}\n");
        }
        return yaml.append("support:\n  - {channel: \"#data-")
                .append(teamId(t))
                .append("\", tool: slack, url: ")
                .append("\"https://example.slack.com/archives/C")
                .append(t)
                .append("\"}\n")
                .toString();
    }

    private String domain(String name, int d) {
        return "name: " + Character.toUpperCase(name.charAt(0))
                + name.substring(1).replace('-', ' ') + '\n'
                + "description: Data products of the " + name + " domain.\n"
                + "owner: " + teamId(d % teamCount) + '\n';
    }

    private String descriptor(Product product, List<Product> inputs, boolean consumerFacing) {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: v1.0.0\nkind: DataProduct\n")
                .append("id: ")
                .append(product.id())
                .append('\n')
                .append("name: ")
                .append(title(product.folderName()))
                .append(" of ")
                .append(product.domain())
                .append('\n')
                .append("version: ")
                .append(product.version())
                .append('\n')
                .append("status: active\n")
                .append("domain: ")
                .append(product.domain())
                .append('\n')
                .append("description:\n")
                .append("  purpose: ")
                .append(title(product.folderName()))
                .append(" for the ")
                .append(product.domain())
                .append(" domain, refreshed daily.\n")
                .append("  usage: Dashboards and downstream products of other domains.\n")
                .append("tags: [")
                .append(product.domain())
                .append(", tier-")
                .append(product.index() % 3)
                .append(consumerFacing ? ", consumer-facing" : "")
                .append("]\n")
                .append("team:\n  name: ")
                .append(product.team())
                .append('\n');
        if (!inputs.isEmpty()) {
            yaml.append("inputPorts:\n");
            for (Product input : inputs) {
                yaml.append("  - name: ")
                        .append(input.folderName())
                        .append('\n')
                        .append("    version: ")
                        .append(input.version())
                        .append('\n')
                        .append("    contractId: ")
                        .append(input.contractId())
                        .append('\n');
            }
        }
        return yaml.append("outputPorts:\n")
                .append("  - name: rows\n")
                .append("    description: The product's table.\n")
                .append("    type: tables\n")
                .append("    version: ")
                .append(product.version())
                .append('\n')
                .append("    contractId: ")
                .append(product.contractId())
                .append('\n')
                .toString();
    }

    private String contract(Product product) {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: v3.1.0\nkind: DataContract\n")
                .append("id: ")
                .append(product.contractId())
                .append('\n')
                .append("name: Rows of ")
                .append(title(product.folderName()))
                .append('\n')
                .append("version: ")
                .append(product.version())
                .append('\n')
                .append("status: active\n")
                .append("domain: ")
                .append(product.domain())
                .append('\n')
                .append("description:\n  purpose: One row per business event of ")
                .append(product.folderName())
                .append(".\n")
                .append("schema:\n  - name: rows\n    physicalType: table\n")
                .append("    description: The published rows.\n    properties:\n");
        int properties = 10 + random.nextInt(21);
        int piiLeft = random.nextInt(3);
        for (int p = 0; p < properties; p++) {
            boolean pii = piiLeft > 0 && p > 2 && random.nextInt(4) == 0;
            String name = pii
                    ? PII_FIELDS[random.nextInt(PII_FIELDS.length)] + "_" + p
                    : p < FIELDS.length ? FIELDS[p] : "attribute_" + p;
            yaml.append("      - name: ")
                    .append(name)
                    .append('\n')
                    .append("        logicalType: ")
                    .append(pii ? "string" : TYPES[random.nextInt(TYPES.length)])
                    .append('\n')
                    .append("        description: The ")
                    .append(name.replace('_', ' '))
                    .append(".\n")
                    .append("        required: ")
                    .append(p < 2)
                    .append('\n');
            if (p == 0) {
                yaml.append("        primaryKey: true\n");
            }
            if (pii) {
                piiLeft--;
                yaml.append("        tags: [pii]\n        classification: restricted\n");
            }
        }
        return yaml.append("    quality:\n")
                .append("      - type: library\n        metric: rowCount\n        mustBeGreaterThan: 0\n")
                .append("        dimension: completeness\n        description: The table is never empty.\n")
                .append("slaProperties:\n")
                .append("  - {property: latency, value: ")
                .append(1 + random.nextInt(24))
                .append(", unit: h}\n")
                .append("  - {property: retention, value: ")
                .append(1 + random.nextInt(10))
                .append(", unit: y}\n")
                .append("  - {property: frequency, value: 1, unit: d}\n")
                .toString();
    }

    private static String readme(Product product, List<Product> inputs) {
        StringBuilder md = new StringBuilder()
                .append("# ")
                .append(title(product.folderName()))
                .append("\n\n")
                .append("Owned by **")
                .append(product.team())
                .append("**. Refreshed every night; see the ")
                .append("contract for the schema and the SLA.\n\n")
                .append("## Inputs\n\n| product | why |\n|---|---|\n");
        for (Product input : inputs) {
            md.append("| `").append(input.id()).append("` | joined on its key |\n");
        }
        return md.append("\n## Known limitations\n\n- Late events arrive up to two days later.\n")
                .append("- Amounts are in EUR.\n")
                .toString();
    }

    private static String title(String folderName) {
        String words = folderName.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void writePom(Path root, String pluginVersion, int products) throws IOException {
        write(root.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>synthetic-mesh-%d</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <name>Synthetic mesh of %d products</name>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.meshplugin</groupId>
                        <artifactId>mesh-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(products, products, pluginVersion));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(content);
        }
    }
}
