package io.github.meshplugin.rules.breaking;

import io.github.meshplugin.diff.ChangeType;
import io.github.meshplugin.diff.Versions;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.rules.InputPortRule;
import io.github.meshplugin.rules.MeshContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A consumer's {@code usedProperties} decide whether a change breaks it, so a name in that list that the
 * contract does not have (a typo, a property already removed) would hide a real dependency.
 */
public final class UsedPropertiesExist implements InputPortRule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-BREAK-004",
            Severity.WARNING,
            "Input port declares it uses a property the contract does not have",
            "Breaking-change checks trust `usedProperties` to tell which consumers a change reaches; a name that "
                    + "matches nothing is either a typo, which hides the real dependency, or a property that is "
                    + "already gone.",
            "Write the property as the contract names it (`name`, or `object.name`, nested ones as "
                    + "`parent.child`), or drop it from the list.",
            """
            inputPorts:
              - name: order-lines
                version: 2.3.0
                contractId: sales.orders.order-lines
                customProperties:
                  - {property: usedProperties, value: [order_id, ammount]}   # the contract has `amount`
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, DataProduct product, InputPort port, Consumer<Finding> report) {
        Contract contract = port.usedProperties() == null
                ? null
                : context.mesh().contract(port.contractId()).orElse(null);
        if (contract == null || readsAnotherMajor(port, contract)) {
            return;
        }
        Set<String> names = names(contract);
        names.addAll(removedSinceBaseline(context, contract.id()));
        for (String used : port.usedProperties()) {
            if (!names.contains(used)) {
                report.accept(INFO.finding(
                        port.source(),
                        "input port `" + port.name() + "` of `"
                                + product.id() + "` declares it uses `" + used + "`, but contract `"
                                + contract.id()
                                + "` v" + contract.version() + " has no such property"));
            }
        }
    }

    /** A consumer pinned to an older major version reads a kept old port, whose properties are not in the files. */
    private static boolean readsAnotherMajor(InputPort port, Contract contract) {
        int read = Versions.major(port.version());
        int current = Versions.major(contract.version());
        return read >= 0 && current >= 0 && read != current;
    }

    /** Properties removed since the baseline are reported, with their consumers, as breaking changes already. */
    private static Set<String> removedSinceBaseline(MeshContext context, String contractId) {
        Set<String> removed = new HashSet<>();
        context.changes()
                .of(contractId)
                .ifPresent(changes -> changes.changes().stream()
                        .filter(change -> change.type() == ChangeType.PROPERTY_REMOVED)
                        .forEach(change -> {
                            removed.add(change.propertyPath());
                            removed.add(change.element());
                        }));
        return removed;
    }

    /** Every way a property may be named: its path below the object, with or without the object's name. */
    private static Set<String> names(Contract contract) {
        Set<String> names = new HashSet<>();
        for (SchemaObject object : contract.schema()) {
            collect(object.name(), "", object.properties(), names);
        }
        return names;
    }

    private static void collect(String object, String prefix, List<Property> properties, Set<String> into) {
        for (Property property : properties) {
            if (property.name() == null) {
                continue;
            }
            String path = prefix + property.name();
            into.add(path);
            into.add(object + "." + path);
            collect(object, path + ".", property.properties(), into);
        }
    }
}
