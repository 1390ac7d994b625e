package io.github.meshplugin.rules.ownership;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.function.Consumer;

/** An owner named only inline has no members or contacts the catalog can show. */
public final class OwnerTeamDeclared implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-OWN-002",
            Severity.WARNING,
            "Owning team is not declared in the teams folder",
            "A team known only by name has no members or contacts in the catalog, so consumers cannot reach it.",
            "Add teams/<team id>.yaml with the team's members and support channels.",
            """
            id: sales.orders
            team:
              name: checkout-squad  # but there is no teams/checkout-squad.yaml
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MeshContext context, Consumer<Finding> report) {
        context.mesh().products().forEach(product -> checkProduct(context, product, report));
        for (Domain domain : context.mesh().domains()) {
            if (domain.ownerTeam() != null
                    && context.mesh()
                            .team(domain.ownerTeam())
                            .filter(Team::declared)
                            .isEmpty()) {
                report.accept(INFO.finding(
                        domain.source(),
                        "domain `" + domain.id() + "` names owner `" + domain.ownerTeam()
                                + "`, which has no file teams/" + domain.ownerTeam() + ".yaml",
                        "Add teams/" + domain.ownerTeam() + ".yaml, or fix `owner` in the domain.yaml."));
            }
        }
    }

    private static void checkProduct(MeshContext context, DataProduct product, Consumer<Finding> report) {
        if (product.owner() == null || product.owner().inherited()) {
            return;
        }
        Team team = context.mesh().team(product.ownerTeam()).orElse(null);
        if (team != null && !team.declared()) {
            report.accept(INFO.finding(
                    product.source(),
                    "product `" + product.id() + "` is owned by team `" + team.displayName()
                            + "`, which has no file teams/" + team.id() + ".yaml",
                    "Add teams/" + team.id() + ".yaml with the team's members and support channels."));
        }
    }
}
