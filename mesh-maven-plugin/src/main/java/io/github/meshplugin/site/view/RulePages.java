package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.result.Silenced;
import io.github.meshplugin.site.view.CatalogView.FindingView;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.QualityPageViews.RuleView;
import java.util.List;

/** The rules page and each rule's own page: what it checks, how this mesh's policy applies it, its findings. */
final class RulePages {

    /** What a rule's configured severity reads when the policy turns it off. */
    private static final String OFF = "off";

    private RulePages() {}

    static List<RuleView> views(MeshResult result, ViewContext context) {
        List<Silenced> silenced = result.silenced();
        return result.catalogue().stream()
                .map(rule -> view(rule, result, context, silenced))
                .toList();
    }

    private static RuleView view(RuleInfo rule, MeshResult result, ViewContext context, List<Silenced> silenced) {
        List<Finding> own = context.findings().ofRule(rule.id());
        String configured = result.effectiveSeverity(rule).map(Severity::label).orElse(OFF);
        int suppressed = (int) silenced.stream()
                .filter(s -> s.finding().ruleId().equals(rule.id()))
                .count();
        List<FindingView> views = context.findings().linked(own);
        return new RuleView(
                rule.id(),
                Hrefs.ruleAnchor(rule.id()),
                Hrefs.rule(rule.id()),
                rule.defaultSeverity().label(),
                configured,
                rule.title(),
                rule.rationale(),
                rule.fix(),
                rule.example(),
                own.size(),
                suppressed,
                views,
                context.lists()
                        .cut(
                                "rule-findings",
                                rule.id(),
                                "Findings of " + rule.id(),
                                new Link(rule.id() + " " + rule.title(), Hrefs.rule(rule.id())),
                                views));
    }
}
