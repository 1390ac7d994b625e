package io.github.meshplugin.site.view;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.site.view.CatalogView.ContactView;
import java.util.List;

/**
 * Where to ask about a product's data: its own support channels, or when it declares none its team's, or its
 * domain owner's. {@code from} names where the channels were found when they are not the product's own.
 */
record Support(List<ContactView> contacts, String from) {

    static Support of(Mesh mesh, DataProduct product) {
        if (product == null) {
            return new Support(List.of(), null);
        }
        if (!product.support().isEmpty()) {
            return new Support(Contacts.views(product.support()), null);
        }
        Team team = mesh.team(product.ownerTeam()).orElse(null);
        if (team != null && !team.contacts().isEmpty()) {
            return new Support(Contacts.views(team.contacts()), "team " + team.displayName());
        }
        Team domainTeam = mesh.domain(product.domain())
                .map(Domain::ownerTeam)
                .flatMap(mesh::team)
                .orElse(null);
        if (domainTeam != null && !domainTeam.contacts().isEmpty()) {
            return new Support(Contacts.views(domainTeam.contacts()), "domain owner " + domainTeam.displayName());
        }
        return new Support(List.of(), null);
    }
}
