package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.QualityRule;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.Server;
import io.github.meshplugin.model.SlaProperty;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Scalar;
import io.github.meshplugin.read.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an ODCS v3 data contract ({@code *.odcs.yaml}) into a {@link Contract}. */
public final class OdcsReader {

    static final Set<String> API_VERSIONS = Set.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0");

    /** ODCS threshold operators, in the words a reader of the catalog understands. */
    private static final Map<String, String> OPERATORS = new LinkedHashMap<>();

    static {
        OPERATORS.put("mustBe", "=");
        OPERATORS.put("mustNotBe", "≠");
        OPERATORS.put("mustBeGreaterThan", ">");
        OPERATORS.put("mustBeGreaterOrEqualTo", "≥");
        OPERATORS.put("mustBeGreaterThanOrEqualTo", "≥");
        OPERATORS.put("mustBeLessThan", "<");
        OPERATORS.put("mustBeLessOrEqualTo", "≤");
        OPERATORS.put("mustBeLessThanOrEqualTo", "≤");
        OPERATORS.put("mustBeBetween", "between");
        OPERATORS.put("mustNotBeBetween", "not between");
    }

    private final PiiPolicy piiPolicy;

    public OdcsReader(PiiPolicy piiPolicy) {
        this.piiPolicy = piiPolicy;
    }

    /** @param fallbackId the id used when the contract has none (a finding), so it is still listed */
    public Contract read(Mapping root, String fallbackId, List<Finding> findings) {
        Fields fields = new Fields(findings, "ODCS");
        checkStandard(root, fields, findings);
        String declaredId = fields.requiredText(root, "", "id");
        String id = declaredId != null ? declaredId : fallbackId;
        String version = fields.requiredText(root, "", "version");

        Fields.Description description = fields.description(root);

        List<SchemaObject> schema = fields.each(
                root,
                "",
                "schema",
                (object, path) -> new SchemaObject(
                        fields.requiredText(object, path, "name"),
                        fields.text(object, path, "physicalName"),
                        fields.text(object, path, "physicalType"),
                        fields.text(object, path, "description"),
                        properties(object, path, fields),
                        quality(object, path, fields),
                        object.source()));

        List<SlaProperty> sla = fields.each(root, "", "slaProperties", (item, path) -> {
            YamlNode value = item.get("value");
            if (value == null) {
                fields.requiredText(item, path, "value");
            }
            return new SlaProperty(
                    fields.requiredText(item, path, "property"),
                    value == null ? null : plain(value),
                    fields.text(item, path, "unit"),
                    fields.text(item, path, "element"),
                    fields.text(item, path, "driver"),
                    item.source());
        });

        return new Contract(
                id,
                fields.text(root, "", "name"),
                version,
                fields.text(root, "", "apiVersion"),
                OdpsReader.status(root, fields, findings),
                fields.text(root, "", "domain"),
                description.purpose(),
                description.limitations(),
                description.usage(),
                fields.texts(root, "", "tags"),
                teamName(root, fields),
                schema,
                sla,
                fields.contacts(root, "", "support"),
                fields.customProperties(root, ""),
                servers(root, fields),
                root.source());
    }

    private static final Set<String> SERVER_HEADLINE = Set.of("server", "type", "environment", "description");

    private static List<Server> servers(Mapping root, Fields fields) {
        List<Server> servers = new ArrayList<>();
        List<Mapping> items = fields.mappings(root, "", "servers");
        for (int i = 0; i < items.size(); i++) {
            Mapping item = items.get(i);
            String path = "servers[" + i + "]";
            List<Server.Setting> settings = new ArrayList<>();
            item.entries().forEach((key, value) -> {
                if (SERVER_HEADLINE.contains(key)) {
                    return;
                }
                if (key.equals("customProperties") && value instanceof Sequence properties) {
                    for (YamlNode property : properties.items()) {
                        if (property instanceof Mapping named
                                && named.get("property") instanceof Scalar name
                                && name.text() != null) {
                            flatten(name.text(), named.get("value"), settings);
                        }
                    }
                    return;
                }
                flatten(key, value, settings);
            });
            servers.add(new Server(
                    fields.text(item, path, "server"),
                    fields.text(item, path, "type"),
                    fields.text(item, path, "environment"),
                    fields.text(item, path, "description"),
                    settings,
                    item.source()));
        }
        return servers;
    }

    private static void flatten(String key, YamlNode node, List<Server.Setting> into) {
        if (node instanceof Mapping mapping) {
            mapping.entries().forEach((child, value) -> flatten(key + "." + child, value, into));
        } else if (node instanceof Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                flatten(key + "[" + i + "]", sequence.items().get(i), into);
            }
        } else if (node instanceof Scalar scalar && scalar.text() != null) {
            into.add(new Server.Setting(key, scalar.text()));
        }
    }

    private static void checkStandard(Mapping root, Fields fields, List<Finding> findings) {
        String apiVersion = fields.requiredText(root, "", "apiVersion");
        if (apiVersion != null && !API_VERSIONS.contains(apiVersion)) {
            String hint = apiVersion.startsWith("v2")
                    ? "ODCS v2 contracts have another structure: migrate the contract to ODCS v3.1.0."
                    : "Set `apiVersion: v3.1.0`.";
            findings.add(ReadRules.UNKNOWN_STANDARD.finding(
                    root.get("apiVersion").source(),
                    "ODCS apiVersion `" + apiVersion + "` is not supported (supported: v3.0.0 to v3.1.0)",
                    hint));
        }
        String kind = fields.requiredText(root, "", "kind");
        if (kind != null && !"DataContract".equals(kind)) {
            findings.add(ReadRules.UNKNOWN_STANDARD.finding(
                    root.get("kind").source(),
                    "a `.odcs.yaml` file must have `kind: DataContract` but has `kind: " + kind + "`",
                    "Set `kind: DataContract`, or rename the file if it is not a data contract."));
        }
    }

    /** ODCS 3.1 writes {@code team} as a map with a name; 3.0 as a list of members, which has no name. */
    private static String teamName(Mapping root, Fields fields) {
        if (root.get("team") instanceof Mapping) {
            Mapping team = fields.mapping(root, "", "team");
            return fields.text(team, "team", "name");
        }
        if (root.get("team") instanceof Sequence) {
            fields.mappings(root, "", "team");
        }
        return null;
    }

    private List<Property> properties(Mapping parent, String parentPath, Fields fields) {
        List<Property> properties = new ArrayList<>();
        List<Mapping> items = fields.mappings(parent, parentPath, "properties");
        for (int i = 0; i < items.size(); i++) {
            Mapping item = items.get(i);
            String path = Fields.join(parentPath, "properties[" + i + "]");
            List<Property> children = new ArrayList<>(properties(item, path, fields));
            Mapping arrayItems = fields.mapping(item, path, "items");
            if (arrayItems != null) {
                children.addAll(properties(arrayItems, path + ".items", fields));
            }
            List<String> tags = fields.texts(item, path, "tags");
            String classification = fields.text(item, path, "classification");
            properties.add(new Property(
                    fields.requiredText(item, path, "name"),
                    fields.text(item, path, "businessName"),
                    fields.text(item, path, "logicalType"),
                    fields.text(item, path, "physicalType"),
                    fields.flag(item, path, "required"),
                    fields.flag(item, path, "primaryKey"),
                    fields.flag(item, path, "unique"),
                    classification,
                    fields.flag(item, path, "criticalDataElement"),
                    piiPolicy.isPii(tags, classification),
                    tags,
                    fields.text(item, path, "description"),
                    quality(item, path, fields),
                    children,
                    item.source(),
                    validValues(item),
                    logicalTypeOptions(item)));
        }
        return properties;
    }

    /**
     * The allowed values of a property: ODCS 3.1 writes them as {@code arguments.validValues} of an
     * {@code invalidValues} check, ODCS 3.0 as {@code validValues} beside {@code rule: validValues} or the metric.
     */
    private static List<String> validValues(Mapping property) {
        List<String> values = new ArrayList<>();
        if (property.get("quality") instanceof Sequence checks) {
            for (YamlNode check : checks.items()) {
                if (check instanceof Mapping rule) {
                    YamlNode list = rule.get("validValues");
                    if (list == null && rule.get("arguments") instanceof Mapping arguments) {
                        list = arguments.get("validValues");
                    }
                    if (list instanceof Sequence sequence) {
                        sequence.items().stream()
                                .filter(v -> v instanceof Scalar s && s.text() != null)
                                .forEach(v -> values.add(((Scalar) v).text()));
                    }
                }
            }
        }
        return values;
    }

    private static Map<String, String> logicalTypeOptions(Mapping property) {
        Map<String, String> options = new LinkedHashMap<>();
        if (property.get("logicalTypeOptions") instanceof Mapping mapping) {
            mapping.entries().forEach((key, value) -> {
                if (value instanceof Scalar scalar && scalar.text() != null) {
                    options.put(key, scalar.text());
                }
            });
        }
        return options;
    }

    private static List<QualityRule> quality(Mapping parent, String parentPath, Fields fields) {
        List<QualityRule> rules = new ArrayList<>();
        List<Mapping> items = fields.mappings(parent, parentPath, "quality");
        for (int i = 0; i < items.size(); i++) {
            Mapping item = items.get(i);
            String path = Fields.join(parentPath, "quality[" + i + "]");
            String metric = fields.text(item, path, "metric");
            if (metric == null) {
                metric = fields.text(item, path, "rule");
            }
            rules.add(new QualityRule(
                    fields.text(item, path, "name"),
                    fields.text(item, path, "type"),
                    metric,
                    fields.text(item, path, "dimension"),
                    fields.text(item, path, "severity"),
                    fields.text(item, path, "description"),
                    expectation(item),
                    fields.text(item, path, "query"),
                    item.source()));
        }
        return rules;
    }

    private static String expectation(Mapping rule) {
        List<String> parts = new ArrayList<>();
        OPERATORS.forEach((operator, symbol) -> {
            YamlNode threshold = rule.get(operator);
            if (threshold != null) {
                parts.add(symbol + " " + plain(threshold));
            }
        });
        if (parts.isEmpty()) {
            return null;
        }
        String unit = rule.get("unit") instanceof Scalar unitScalar && unitScalar.text() != null
                ? " " + unitScalar.text()
                : "";
        return String.join(", ", parts) + unit;
    }

    private static String plain(YamlNode node) {
        return Fields.asText(node, " and ", structured -> "(structured value)");
    }
}
