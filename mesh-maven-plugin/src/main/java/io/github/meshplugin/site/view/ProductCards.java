package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contact;
import io.github.meshplugin.model.Contract;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.CatalogView.KeyValue;
import io.github.meshplugin.site.view.ContractViews.ContractView;
import io.github.meshplugin.site.view.ContractViews.ServerView;
import io.github.meshplugin.site.view.ContractViews.SlaView;
import io.github.meshplugin.site.view.ProductViews.AccessView;
import io.github.meshplugin.site.view.ProductViews.ContractSummary;
import io.github.meshplugin.site.view.ProductViews.Location;
import io.github.meshplugin.site.view.ProductViews.Support;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a consumer looks for first on a product page: who to ask, how to reach the data, and what each contract
 * promises in a line; the full schema stays on the contract page.
 */
record ProductCards(Mesh mesh, ContractPages contracts) {

    /** The settings that say where the data is, in the order a reader looks for them; secrets are already hidden. */
    private static final List<String> WHERE = List.of(
            "host",
            "port",
            "url",
            "endpointUrl",
            "location",
            "path",
            "account",
            "project",
            "dataset",
            "catalog",
            "database",
            "schema",
            "warehouse",
            "topic",
            "bucket",
            "format");

    /** The service levels a consumer checks first, in this order; the contract page lists the rest. */
    private static final List<String> SLA_FIRST =
            List.of("availability", "generalavailability", "latency", "frequency", "freshness", "retention");

    private static final int SLA_SHOWN = 3;

    /**
     * The product's own support channels; without any, its owner team's; without those, its domain owner's.
     * A fallback says whose channels they are, so nobody mistakes a team's channel for the product's.
     */
    Support support(DataProduct product) {
        if (!product.support().isEmpty()) {
            return new Support(Contacts.views(product.support()), null, null);
        }
        Optional<Team> team = mesh.team(product.ownerTeam());
        if (team.isPresent() && !team.get().contacts().isEmpty()) {
            return fallback(team.get(), "owner team ");
        }
        Optional<Team> domainOwner =
                mesh.domain(product.domain()).map(Domain::ownerTeam).flatMap(mesh::team);
        if (domainOwner.isPresent() && !domainOwner.get().contacts().isEmpty()) {
            return fallback(domainOwner.get(), "domain owner ");
        }
        return new Support(List.of(), null, null);
    }

    private static Support fallback(Team team, String role) {
        List<Contact> contacts = team.contacts();
        return new Support(Contacts.views(contacts), role + team.displayName(), Hrefs.team(team.id()));
    }

    /** Each output port with its contract and where its servers are. */
    List<AccessView> access(DataProduct product) {
        List<AccessView> access = new ArrayList<>();
        for (OutputPort port : product.outputPorts()) {
            Contract contract = mesh.contract(port.contractId()).orElse(null);
            ContractView view = contract == null ? null : contracts.viewOf(contract);
            access.add(new AccessView(
                    port.name(),
                    port.version(),
                    port.type(),
                    port.contractId(),
                    view == null ? null : view.name(),
                    view == null ? null : view.href(),
                    view == null ? null : view.version(),
                    view == null
                            ? List.of()
                            : view.servers().stream()
                                    .map(ProductCards::location)
                                    .toList()));
        }
        return access;
    }

    private static Location location(ServerView server) {
        List<KeyValue> where = server.settings().stream()
                .filter(s -> WHERE.contains(s.key()))
                .sorted(Comparator.comparingInt(s -> WHERE.indexOf(s.key())))
                .toList();
        String text = where.stream().map(s -> s.key() + " " + s.value()).collect(Collectors.joining(" · "));
        return new Location(server.server(), server.type(), server.environment(), text.isEmpty() ? null : text);
    }

    /** A contract in one line: counts, the first service levels, and the link to its page. */
    ContractSummary summary(ContractView contract) {
        List<SlaView> highlights = contract.sla().stream()
                .filter(s -> s.property() != null)
                .sorted(Comparator.comparingInt(ProductCards::slaRank))
                .limit(SLA_SHOWN)
                .toList();
        return new ContractSummary(
                contract.id(),
                contract.name(),
                contract.version(),
                contract.status(),
                contract.href(),
                contract.objects().size(),
                contract.propertyCount(),
                contract.piiCount(),
                contract.qualityRuleCount(),
                highlights,
                contract.sla().size());
    }

    private static int slaRank(SlaView sla) {
        int rank = SLA_FIRST.indexOf(sla.property().toLowerCase(Locale.ROOT));
        return rank < 0 ? SLA_FIRST.size() : rank;
    }
}
