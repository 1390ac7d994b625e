package io.github.meshplugin.rules.privacy;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * ODCS has no PII field: the reader marks a property as personal data from its tags or its classification
 * (both configurable). A property marked by its classification has one by definition, so in practice this rule
 * finds properties tagged as personal data whose access level nobody has decided. The converse (a restricted
 * or confidential property that is not personal data) is legitimate and not reported.
 */
public final class PiiPropertyClassified implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-PII-001",
            Severity.ERROR,
            "Personal data without a classification",
            "Access policies, masking and retention are driven by a property's classification; personal data "
                    + "without one falls through them and can be exposed to everyone who can read the contract.",
            "Add `classification:` to the property (for example `restricted` or `confidential`, as your data "
                    + "policy defines them).",
            """
            schema:
              - name: customers
                properties:
                  - name: email
                    logicalType: string
                    tags: [pii]      # personal data, but no classification
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        for (Contract contract : context.mesh().contracts()) {
            for (SchemaObject object : contract.schema()) {
                check(contract, object.name() == null ? "" : object.name(), object.properties(), report);
            }
        }
    }

    private static void check(
            Contract contract, String parentPath, List<Property> properties, Consumer<Finding> report) {
        for (Property property : properties) {
            String path = parentPath.isEmpty() ? String.valueOf(property.name()) : parentPath + "." + property.name();
            if (property.pii() && property.classification() == null) {
                String tags = property.tags().isEmpty() ? "" : " (tags: " + String.join(", ", property.tags()) + ")";
                report.accept(INFO.finding(
                        property.source(),
                        "property `" + path + "` of contract `"
                                + contract.id() + "` is personal data" + tags
                                + " but has no `classification`, so no access policy applies to it"));
            }
            check(contract, path, property.properties(), report);
        }
    }
}
