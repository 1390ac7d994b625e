package io.github.meshplugin.site.view;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.site.view.CatalogView.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who reads one contract and what: each consumer's input port (the version it reads, the properties it declared
 * in {@code usedProperties}), and for each property the consumers that declared it. A consumer that declared
 * nothing may read every property, so it is counted apart rather than listed on every row.
 */
final class ContractReaders {

    /** Consumers named on one property row before "and N more": a row stays one or two lines high. */
    static final int NAMED_PER_PROPERTY = 5;

    private final Map<String, List<Link>> byProperty = new TreeMap<>();
    private final Map<String, InputPort> byConsumer = new TreeMap<>();
    private int readingAll;

    ContractReaders(Mesh mesh, String contractId, List<String> consumerIds) {
        for (String consumerId : consumerIds) {
            DataProduct consumer = mesh.product(consumerId).orElse(null);
            if (consumer == null) {
                continue;
            }
            for (InputPort port : consumer.inputPorts()) {
                if (!contractId.equals(port.contractId())) {
                    continue;
                }
                byConsumer.putIfAbsent(consumerId, port);
                if (port.usedProperties() == null) {
                    readingAll++;
                    break;
                }
                Link link = new Link(consumer.displayName(), Hrefs.product(consumerId));
                for (String used : port.usedProperties()) {
                    List<Link> users = byProperty.computeIfAbsent(used, u -> new ArrayList<>());
                    if (!users.contains(link)) {
                        users.add(link);
                    }
                }
                break;
            }
        }
    }

    /** The consumers that declared the property, by its path ({@code address.city}) or its name. */
    List<Link> usersOf(String path, String name) {
        List<Link> users = new ArrayList<>(byProperty.getOrDefault(path, List.of()));
        if (!path.equals(name)) {
            for (Link link : byProperty.getOrDefault(name, List.of())) {
                if (!users.contains(link)) {
                    users.add(link);
                }
            }
        }
        return users;
    }

    /** Consumers that declared no {@code usedProperties}, so may read every property. */
    int readingAll() {
        return readingAll;
    }

    /** Whether any consumer declared what it uses: if none did, every property is read by all consumers. */
    boolean anyDeclared() {
        return !byProperty.isEmpty();
    }

    /** The port through which one consumer reads the contract, or null when it does not. */
    InputPort portOf(String consumerId) {
        return byConsumer.get(consumerId);
    }
}
