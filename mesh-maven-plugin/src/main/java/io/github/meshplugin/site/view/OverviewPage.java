package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.graph.MeshGraph;
import io.github.meshplugin.graph.analysis.GraphAnalysis;
import io.github.meshplugin.graph.analysis.MostDependedOn;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.DomainViews.DomainSummary;
import io.github.meshplugin.site.view.OverviewViews.DependedOnView;
import io.github.meshplugin.site.view.OverviewViews.GraphOverview;
import io.github.meshplugin.site.view.OverviewViews.Overview;
import io.github.meshplugin.site.view.OverviewViews.StatusCount;
import io.github.meshplugin.site.view.QualityPageViews.HealthStat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The index page: the mesh in figures, its domains' cards, products by status, health and the graph's shape. */
final class OverviewPage {

    /** How many products the overview ranks as most depended-on. */
    static final int MOST_DEPENDED_ON_LISTED = 10;

    private OverviewPage() {}

    static Overview of(ViewContext context, DomainPages domainPages, List<HealthStat> health) {
        Mesh mesh = context.index().mesh();
        MeshGraph graph = context.graph();
        List<DomainSummary> domains =
                mesh.domains().stream().map(domainPages::summary).toList();
        Link overview = new Link("Overview", "index.html");
        return new Overview(
                mesh.domains().size(),
                context.index().products().size(),
                context.index().contracts().size(),
                mesh.teams().size(),
                graph.edges().size(),
                (int) graph.crossDomainEdgeCount(),
                FindingIndex.count(context.findings().all(), Severity.ERROR),
                FindingIndex.count(context.findings().all(), Severity.WARNING),
                context.scores().average(mesh.products()),
                context.lists().cut("domains", null, "Domains", overview, domains),
                statuses(context.index()),
                context.lists()
                        .cut(
                                "not-active",
                                null,
                                "Products that are not active",
                                overview,
                                context.refs().where(p -> p.status() != Status.ACTIVE)),
                health,
                graphOverview(context));
    }

    private static List<StatusCount> statuses(MeshIndex index) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            byStatus.put(status.label(), 0);
        }
        index.products().forEach(p -> byStatus.merge(p.status().label(), 1, Integer::sum));
        List<StatusCount> statuses = new ArrayList<>();
        byStatus.forEach((status, count) -> {
            if (count > 0) {
                statuses.add(new StatusCount(status, count));
            }
        });
        return statuses;
    }

    private static GraphOverview graphOverview(ViewContext context) {
        GraphAnalysis analysis = context.analysis();
        MostDependedOn ranking = analysis.mostDependedOn();
        List<DependedOnView> top = ranking.top(MOST_DEPENDED_ON_LISTED).stream()
                .map(rank -> new DependedOnView(
                        context.refs().of(rank.product()),
                        rank.consumers(),
                        context.impact().dependents(rank.product()),
                        String.format(Locale.ROOT, "%.1f", rank.betweenness())))
                .toList();
        int inCycles =
                analysis.components().cyclic().stream().mapToInt(Set::size).sum();
        return new GraphOverview(
                top,
                ranking.exact(),
                CouplingMatrix.of(analysis.coupling(), context.index()),
                analysis.layers().depth(),
                inCycles);
    }
}
