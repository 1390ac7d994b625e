package io.github.meshplugin.model;

import java.util.List;
import java.util.Map;

/**
 * One ODPS data product descriptor. {@code folder} is the product's folder relative to the mesh root;
 * {@code readme} is the raw markdown of its README, or null.
 */
public record DataProduct(
        String id,
        String name,
        String domain,
        Status status,
        String version,
        String apiVersion,
        String purpose,
        String limitations,
        String usage,
        List<String> tags,
        Owner owner,
        List<InputPort> inputPorts,
        List<OutputPort> outputPorts,
        List<Contact> support,
        Map<String, String> customProperties,
        String folder,
        String readme,
        Source source) {

    public DataProduct {
        tags = List.copyOf(tags);
        inputPorts = List.copyOf(inputPorts);
        outputPorts = List.copyOf(outputPorts);
        support = List.copyOf(support);
        customProperties = Map.copyOf(customProperties);
    }

    public String displayName() {
        return name != null ? name : id;
    }

    public String ownerTeam() {
        return owner == null ? null : owner.teamId();
    }

    public DataProduct withOwner(Owner newOwner) {
        return new DataProduct(
                id,
                name,
                domain,
                status,
                version,
                apiVersion,
                purpose,
                limitations,
                usage,
                tags,
                newOwner,
                inputPorts,
                outputPorts,
                support,
                customProperties,
                folder,
                readme,
                source);
    }
}
