package io.github.meshplugin.rules.ownership;

import io.github.meshplugin.finding.DidYouMean;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.rules.MeshContext;
import io.github.meshplugin.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/** An owner named only inline has no members or contacts the catalog can show. */
public final class OwnerTeamDeclared implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "MESH-OWN-002",
            Severity.WARNING,
            "Owning team is not declared in the teams folder",
            "A team known only by name has no members or contacts in the catalog, so consumers cannot reach it. "
                    + "The teams folder is optional: a mesh that keeps none is not checked, its teams are known by "
                    + "name.",
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
        // The teams folder is optional: a mesh that keeps none names its teams in the descriptors only, and the
        // catalog still lists and links them. Only a mesh that declares teams can miss one.
        List<String> declared = context.mesh().teams().stream()
                .filter(Team::declared)
                .map(Team::id)
                .toList();
        if (declared.isEmpty()) {
            return;
        }
        context.mesh().products().forEach(product -> checkProduct(context, product, declared, report));
        for (Domain domain : context.mesh().domains()) {
            if (domain.ownerTeam() != null
                    && context.mesh()
                            .team(domain.ownerTeam())
                            .filter(Team::declared)
                            .isEmpty()) {
                report.accept(INFO.finding(
                        domain.source(),
                        "domain `" + domain.id() + "` names owner `" + domain.ownerTeam()
                                + "`, which has no file teams/" + domain.ownerTeam() + ".yaml"
                                + meant(domain.ownerTeam(), declared),
                        fix(domain.ownerTeam(), declared, "fix `owner` in the domain.yaml")));
            }
        }
    }

    private static void checkProduct(
            MeshContext context, DataProduct product, List<String> declared, Consumer<Finding> report) {
        if (product.owner() == null || product.owner().inherited()) {
            return;
        }
        Team team = context.mesh().team(product.ownerTeam()).orElse(null);
        if (team != null && !team.declared()) {
            Source at = product.owner().source() == null
                    ? product.source()
                    : product.owner().source();
            report.accept(INFO.finding(
                    at,
                    "product `" + product.id() + "` is owned by team `" + team.displayName()
                            + "`, which has no file teams/" + team.id() + ".yaml" + meant(team.id(), declared),
                    fix(team.id(), declared, "fix the team's `name` in the descriptor")));
        }
    }

    private static String meant(String team, List<String> declared) {
        return DidYouMean.closest(team, declared)
                .map(near -> " (did you mean `" + near + "`?)")
                .orElse("");
    }

    private static String fix(String team, List<String> declared, String otherwise) {
        return DidYouMean.closest(team, declared)
                .map(near -> "Write `" + near + "`, the team declared in teams/" + near + ".yaml.")
                .orElse("Add teams/" + team + ".yaml with the team's members and support channels, or " + otherwise
                        + ".");
    }
}
