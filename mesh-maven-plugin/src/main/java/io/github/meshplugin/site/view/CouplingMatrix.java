package io.github.meshplugin.site.view;

import io.github.meshplugin.graph.analysis.DomainCoupling;
import io.github.meshplugin.site.view.CatalogView.Link;
import io.github.meshplugin.site.view.OverviewViews.CouplingRow;
import io.github.meshplugin.site.view.OverviewViews.CouplingView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The overview's domain x domain matrix of dependency edges; a large mesh shows its most coupled domains. */
final class CouplingMatrix {

    /** The most domains the coupling matrix shows; a larger mesh shows its most coupled ones. */
    static final int COUPLING_DOMAINS_SHOWN = 30;

    private CouplingMatrix() {}

    static CouplingView of(DomainCoupling coupling, MeshIndex index) {
        List<String> all = coupling.domains();
        int[][] matrix = coupling.matrix();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            shown.add(i);
        }
        if (shown.size() > COUPLING_DOMAINS_SHOWN) {
            // The domains with the most edges crossing their boundary, in either direction.
            int[] crossing = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                    if (i != j) {
                        crossing[i] += matrix[i][j];
                        crossing[j] += matrix[i][j];
                    }
                }
            }
            shown.sort(Comparator.comparingInt((Integer i) -> -crossing[i]).thenComparing(i -> i));
            shown = new ArrayList<>(shown.subList(0, COUPLING_DOMAINS_SHOWN));
            shown.sort(null);
        }
        List<Link> domains =
                shown.stream().map(i -> index.domainLink(all.get(i))).toList();
        List<CouplingRow> rows = new ArrayList<>();
        for (int i : shown) {
            rows.add(new CouplingRow(
                    index.domainLink(all.get(i)),
                    shown.stream().map(j -> matrix[i][j]).toList()));
        }
        return new CouplingView(
                domains,
                rows,
                coupling.crossDomainEdges(),
                coupling.totalEdges(),
                (int) Math.round(100 * coupling.crossDomainShare()),
                shown.size(),
                all.size());
    }
}
