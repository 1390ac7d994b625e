package io.github.meshplugin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One ODCS v3 data contract. {@code teamName} is the contract's own team block, if any; {@code customProperties}
 * are kept as text, as for products, because rules read conventions from them ({@code replacedBy},
 * {@code visibility}). {@code servers} are where the data lives (ODCS {@code servers}).
 */
public record Contract(
        String id,
        String name,
        String version,
        String apiVersion,
        Status status,
        String domain,
        String purpose,
        String limitations,
        String usage,
        List<String> tags,
        String teamName,
        List<SchemaObject> schema,
        List<SlaProperty> slaProperties,
        List<Contact> support,
        Map<String, String> customProperties,
        List<Server> servers,
        Source source) {

    public Contract {
        servers = List.copyOf(servers);
        tags = List.copyOf(tags);
        schema = List.copyOf(schema);
        slaProperties = List.copyOf(slaProperties);
        support = List.copyOf(support);
        customProperties = Map.copyOf(customProperties);
    }

    public String displayName() {
        return name != null ? name : id;
    }

    /** Every property in the contract, nested ones included, in document order. */
    public List<Property> allProperties() {
        List<Property> all = new ArrayList<>();
        for (SchemaObject object : schema) {
            collect(object.properties(), all);
        }
        return all;
    }

    private static void collect(List<Property> properties, List<Property> into) {
        for (Property property : properties) {
            into.add(property);
            collect(property.properties(), into);
        }
    }
}
