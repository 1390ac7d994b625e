package io.github.meshplugin.diff;

import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.Property;
import io.github.meshplugin.model.QualityRule;
import io.github.meshplugin.model.SchemaObject;
import io.github.meshplugin.model.SlaProperty;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two versions of one contract, element by element, matched by name (objects, properties, SLA
 * properties), and classifies each difference by its {@link ChangeType}. Linear in the size of the contracts.
 */
public final class ContractDiff {

    /** What a type verdict of either the logical or the physical type makes of the change, the gravest first. */
    private static final List<TypeChange> TYPE_CHANGES = List.of(
            new TypeChange(TypeCompatibility.Verdict.INCOMPATIBLE, ChangeType.TYPE_CHANGED, "changes"),
            new TypeChange(TypeCompatibility.Verdict.UNKNOWN, ChangeType.TYPE_REWRITTEN, "rewrites"),
            new TypeChange(TypeCompatibility.Verdict.WIDENED, ChangeType.TYPE_WIDENED, "widens"));

    private record TypeChange(TypeCompatibility.Verdict verdict, ChangeType type, String verb) {}

    /** Changes from {@code before} to {@code after}; either may be null (added or removed contract). */
    public List<Change> compare(Contract before, Contract after) {
        List<Change> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        if (after == null) {
            changes.add(new Change(ChangeType.CONTRACT_REMOVED, before.id(), null, "is removed", before.source()));
            return changes;
        }
        if (after.status() == Status.DEPRECATED && before.status() != Status.DEPRECATED) {
            changes.add(new Change(
                    ChangeType.DEPRECATED,
                    after.id(),
                    null,
                    "is deprecated" + replacement(after.customProperties()),
                    after.source()));
        }
        if (!Objects.equals(before.purpose(), after.purpose())
                || !Objects.equals(before.usage(), after.usage())
                || !Objects.equals(before.limitations(), after.limitations())
                || !Objects.equals(new TreeSet<>(before.tags()), new TreeSet<>(after.tags()))) {
            changes.add(new Change(
                    ChangeType.DOCUMENTATION_CHANGED,
                    after.id(),
                    null,
                    "changes its description or tags",
                    after.source()));
        }
        Map<String, SchemaObject> afterObjects = byName(after.schema(), SchemaObject::name);
        Map<String, SchemaObject> beforeObjects = byName(before.schema(), SchemaObject::name);
        for (SchemaObject old : before.schema()) {
            SchemaObject now = afterObjects.get(old.name());
            if (now == null) {
                changes.add(new Change(
                        ChangeType.OBJECT_REMOVED,
                        old.name(),
                        null,
                        "removes object `" + old.name() + "`",
                        after.source()));
            } else {
                compareObject(old, now, changes);
            }
        }
        for (SchemaObject now : after.schema()) {
            if (!beforeObjects.containsKey(now.name())) {
                changes.add(new Change(
                        ChangeType.OBJECT_ADDED, now.name(), null, "adds object `" + now.name() + "`", now.source()));
            }
        }
        compareSla(before, after, changes);
        return changes;
    }

    private static void compareObject(SchemaObject old, SchemaObject now, List<Change> changes) {
        ElementChanges object = new ElementChanges(now.name(), null, now.source(), changes);
        if (!Objects.equals(old.description(), now.description())) {
            object.add(ChangeType.DOCUMENTATION_CHANGED, "changes the description of object `" + now.name() + "`");
        }
        compareProperties(now.name(), "", old.properties(), now.properties(), now.source(), changes);
        Set<String> oldKey = primaryKey(old.properties(), "", new LinkedHashSet<>());
        Set<String> newKey = primaryKey(now.properties(), "", new LinkedHashSet<>());
        if (!oldKey.equals(newKey)) {
            object.add(
                    ChangeType.PRIMARY_KEY_CHANGED,
                    "changes the primary key of `" + now.name() + "` from " + keyText(oldKey) + " to "
                            + keyText(newKey));
        }
    }

    private static void compareProperties(
            String object,
            String prefix,
            List<Property> before,
            List<Property> after,
            Source parent,
            List<Change> changes) {
        Map<String, Property> afterByName = byName(after, Property::name);
        Map<String, Property> beforeByName = byName(before, Property::name);
        for (Property old : before) {
            if (old.name() == null) {
                continue;
            }
            String path = prefix + old.name();
            String element = object + "." + path;
            Property now = afterByName.get(old.name());
            if (now == null) {
                changes.add(new Change(
                        ChangeType.PROPERTY_REMOVED, element, path, "removes property `" + element + "`", parent));
                continue;
            }
            compareProperty(element, path, old, now, changes);
            compareProperties(object, path + ".", old.properties(), now.properties(), now.source(), changes);
        }
        for (Property now : after) {
            if (now.name() != null && !beforeByName.containsKey(now.name())) {
                String path = prefix + now.name();
                String element = object + "." + path;
                changes.add(new Change(
                        now.required() ? ChangeType.REQUIRED_PROPERTY_ADDED : ChangeType.OPTIONAL_PROPERTY_ADDED,
                        element,
                        path,
                        "adds " + (now.required() ? "required" : "optional") + " property `" + element + "`",
                        now.source()));
            }
        }
    }

    private static void compareProperty(String element, String path, Property old, Property now, List<Change> changes) {
        ElementChanges property = new ElementChanges(element, path, now.source(), changes);
        TypeCompatibility.Verdict logical = TypeCompatibility.logical(old.logicalType(), now.logicalType());
        TypeCompatibility.Verdict physical = TypeCompatibility.physical(old.physicalType(), now.physicalType());
        for (TypeChange change : TYPE_CHANGES) {
            if (logical == change.verdict() || physical == change.verdict()) {
                property.add(
                        change.type(),
                        change.verb() + " the type of `" + element + "` from " + type(old) + " to " + type(now));
                break;
            }
        }
        if (!old.required() && now.required()) {
            property.add(ChangeType.MADE_REQUIRED, "makes property `" + element + "` required");
        } else if (old.required() && !now.required()) {
            property.add(ChangeType.MADE_OPTIONAL, "makes property `" + element + "` optional (it may now be null)");
        }
        if (!old.required() && !now.required() && !forbidsNulls(old) && forbidsNulls(now)) {
            property.add(ChangeType.NULLS_FORBIDDEN, "forbids null values in `" + element + "`");
        }
        compareLength(property, old, now);
        for (String option : List.of("format", "pattern")) {
            String from = old.logicalTypeOptions().get(option);
            String to = now.logicalTypeOptions().get(option);
            if (!Objects.equals(from, to)) {
                property.add(
                        ChangeType.FORMAT_CHANGED,
                        "changes the " + option + " of `" + element + "` from " + quoted(from) + " to " + quoted(to));
            }
        }
        compareValidValues(property, old.validValues(), now.validValues());
        if (!Objects.equals(old.description(), now.description())
                || !Objects.equals(old.businessName(), now.businessName())
                || !Objects.equals(new TreeSet<>(old.tags()), new TreeSet<>(now.tags()))) {
            property.add(ChangeType.DOCUMENTATION_CHANGED, "changes the description or tags of `" + element + "`");
        }
    }

    private static void compareLength(ElementChanges property, Property old, Property now) {
        Long oldMax = number(old.logicalTypeOptions().get("maxLength"));
        Long newMax = number(now.logicalTypeOptions().get("maxLength"));
        Long oldMin = number(old.logicalTypeOptions().get("minLength"));
        Long newMin = number(now.logicalTypeOptions().get("minLength"));
        boolean maxTighter = newMax != null && (oldMax == null || newMax < oldMax);
        boolean minTighter = newMin != null && (oldMin == null ? newMin > 0 : newMin > oldMin);
        boolean maxLooser = oldMax != null && (newMax == null || newMax > oldMax);
        boolean minLooser = oldMin != null && (newMin == null || newMin < oldMin);
        String lengths = "the length of `" + property.element() + "` from " + range(oldMin, oldMax) + " to "
                + range(newMin, newMax);
        if (maxTighter || minTighter) {
            property.add(ChangeType.MAX_LENGTH_REDUCED, "tightens " + lengths);
        } else if (maxLooser || minLooser) {
            property.add(ChangeType.LENGTH_RELAXED, "relaxes " + lengths);
        }
    }

    private static void compareValidValues(ElementChanges property, List<String> old, List<String> now) {
        if (old.isEmpty() && now.isEmpty()) {
            return;
        }
        String element = property.element();
        if (old.isEmpty()) {
            property.add(ChangeType.ENUM_VALUE_REMOVED, "restricts `" + element + "` to the values " + values(now));
            return;
        }
        if (now.isEmpty()) {
            property.add(ChangeType.ENUM_VALUE_ADDED, "no longer restricts the values of `" + element + "`");
            return;
        }
        List<String> removed = old.stream().filter(v -> !now.contains(v)).toList();
        List<String> added = now.stream().filter(v -> !old.contains(v)).toList();
        if (!removed.isEmpty()) {
            property.add(
                    ChangeType.ENUM_VALUE_REMOVED,
                    "removes the valid value" + (removed.size() > 1 ? "s " : " ") + values(removed) + " of `" + element
                            + "`");
        }
        if (!added.isEmpty()) {
            property.add(
                    ChangeType.ENUM_VALUE_ADDED,
                    "adds the valid value" + (added.size() > 1 ? "s " : " ") + values(added) + " to `" + element + "`");
        }
    }

    /**
     * The changes found in one element of the schema, an object (no path) or a property, each naming the element
     * and placed where the new contract declares it.
     */
    private record ElementChanges(String element, String path, Source at, List<Change> changes) {

        void add(ChangeType type, String summary) {
            changes.add(new Change(type, element, path, summary, at));
        }
    }

    private static void compareSla(Contract before, Contract after, List<Change> changes) {
        Map<String, SlaProperty> afterSla = byName(after.slaProperties(), SlaTerms::key);
        Map<String, SlaProperty> beforeSla = byName(before.slaProperties(), SlaTerms::key);
        for (SlaProperty old : before.slaProperties()) {
            if (old.property() == null) {
                continue;
            }
            SlaProperty now = afterSla.get(SlaTerms.key(old));
            SlaTerms.Direction direction = SlaTerms.direction(old.property());
            String name = "SLA " + old.property() + (old.element() == null ? "" : " of `" + old.element() + "`");
            if (now == null) {
                changes.add(new Change(
                        direction != null ? ChangeType.SLA_REMOVED : ChangeType.SLA_CHANGED,
                        old.property(),
                        null,
                        "drops the " + name + " (was " + sla(old) + ")",
                        after.source()));
                continue;
            }
            if (Objects.equals(old.value(), now.value()) && Objects.equals(old.unit(), now.unit())) {
                continue;
            }
            Double from = SlaTerms.magnitude(old.value(), old.unit());
            Double to = SlaTerms.magnitude(now.value(), now.unit());
            String summary = name + " from " + sla(old) + " to " + sla(now);
            if (direction == null || from == null || to == null) {
                changes.add(new Change(
                        ChangeType.SLA_CHANGED, old.property(), null, "changes the " + summary, now.source()));
            } else if (from.equals(to)) {
                continue;
            } else if ((direction == SlaTerms.Direction.LOWER_IS_BETTER) == (to > from)) {
                changes.add(new Change(
                        ChangeType.SLA_WEAKENED, old.property(), null, "weakens the " + summary, now.source()));
            } else {
                changes.add(new Change(
                        ChangeType.SLA_STRENGTHENED, old.property(), null, "strengthens the " + summary, now.source()));
            }
        }
        for (SlaProperty now : after.slaProperties()) {
            if (now.property() != null && !beforeSla.containsKey(SlaTerms.key(now))) {
                changes.add(new Change(
                        ChangeType.SLA_ADDED,
                        now.property(),
                        null,
                        "adds the SLA " + now.property() + " " + sla(now),
                        now.source()));
            }
        }
    }

    /** A library check {@code nullValues} that must be 0 says, in ODCS terms, that the property has no nulls. */
    private static boolean forbidsNulls(Property property) {
        for (QualityRule rule : property.quality()) {
            if ("nullValues".equals(rule.metric())
                    && rule.expectation() != null
                    && rule.expectation().matches("= 0(\\.0+)?( .*)?")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> primaryKey(List<Property> properties, String prefix, Set<String> into) {
        for (Property property : properties) {
            if (property.primaryKey()) {
                into.add(prefix + property.name());
            }
            primaryKey(property.properties(), prefix + property.name() + ".", into);
        }
        return into;
    }

    static String replacement(Map<String, String> customProperties) {
        String replacedBy = customProperties.get("replacedBy");
        String sunset = customProperties.get("sunsetDate");
        return (replacedBy == null || replacedBy.isBlank() ? "" : ", replaced by `" + replacedBy + "`")
                + (sunset == null || sunset.isBlank() ? "" : ", sunset on " + sunset);
    }

    private static String keyText(Set<String> key) {
        return key.isEmpty() ? "(none)" : "(" + String.join(", ", key) + ")";
    }

    private static String type(Property property) {
        String logical = property.logicalType() == null ? "?" : property.logicalType();
        return property.physicalType() == null ? logical : logical + " (" + property.physicalType() + ")";
    }

    private static String range(Long min, Long max) {
        return (min == null ? "0" : min.toString()) + ".." + (max == null ? "unbounded" : max.toString());
    }

    private static String values(List<String> values) {
        return String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "`" + value + "`";
    }

    private static String sla(SlaProperty sla) {
        return sla.value() + (sla.unit() == null ? "" : " " + sla.unit());
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T item : items) {
            if (name.apply(item) != null) {
                byName.putIfAbsent(name.apply(item), item);
            }
        }
        return byName;
    }
}
