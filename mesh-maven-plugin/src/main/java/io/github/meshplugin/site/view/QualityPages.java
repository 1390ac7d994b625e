package io.github.meshplugin.site.view;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.result.Silenced;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.QualityPageViews.DomainQuality;
import io.github.meshplugin.site.view.QualityPageViews.HealthStat;
import io.github.meshplugin.site.view.QualityPageViews.ProductFindings;
import io.github.meshplugin.site.view.QualityPageViews.QualityPage;
import io.github.meshplugin.site.view.QualityPageViews.QualityRow;
import io.github.meshplugin.site.view.QualityPageViews.SuppressedView;
import java.util.Comparator;
import java.util.List;

/** The quality page: every product's score and findings, a roll-up per domain, health, and what was suppressed. */
final class QualityPages {

    private final ViewContext context;
    private final List<Silenced> silenced;

    QualityPages(ViewContext context, List<Silenced> silenced) {
        this.context = context;
        this.silenced = silenced;
    }

    QualityPage page(List<HealthStat> health) {
        FindingIndex findings = context.findings();
        List<QualityRow> rows = context.index().products().stream()
                .map(p -> {
                    List<Finding> own = findings.ofProduct(p.id());
                    return new QualityRow(
                            context.refs().of(p.id()),
                            context.scores().of(p.id()),
                            FindingIndex.count(own, Severity.ERROR),
                            FindingIndex.count(own, Severity.WARNING));
                })
                .sorted(Comparator.comparing((QualityRow r) -> r.ref().domainId())
                        .thenComparing(r -> r.ref().name()))
                .toList();
        List<DomainQuality> domains = context.index().mesh().domains().stream()
                .map(d -> {
                    List<DataProduct> products = context.index().mesh().productsOf(d.id());
                    List<Finding> own = findings.ofProducts(products);
                    return new DomainQuality(
                            d.displayName(),
                            Hrefs.domain(d.id()),
                            context.scores().average(products),
                            products.size(),
                            FindingIndex.count(own, Severity.ERROR),
                            FindingIndex.count(own, Severity.WARNING));
                })
                .toList();
        List<ProductFindings> perProduct = rows.stream()
                .filter(row -> row.errors() + row.warnings() > 0
                        || !findings.ofProduct(row.ref().id()).isEmpty())
                .map(row -> new ProductFindings(
                        row.ref(),
                        context.findings().linked(findings.ofProduct(row.ref().id()))))
                .toList();
        List<Finding> meshWide =
                findings.all().stream().filter(f -> f.subject() == null).toList();
        List<SuppressedView> suppressed = silenced.stream()
                .map(s -> new SuppressedView(
                        context.findings().linked(List.of(s.finding())).get(0),
                        s.target(),
                        s.reason(),
                        s.source() == null ? "plugin configuration" : s.source().location()))
                .toList();
        Link quality = new Link("Quality", "quality.html");
        LongLists lists = context.lists();
        return new QualityPage(
                lists.cut("quality", null, "Quality per data product", quality, rows),
                domains,
                health,
                lists.cut("findings", null, "Findings by product", quality, perProduct),
                context.findings().linked(meshWide),
                suppressed);
    }
}
