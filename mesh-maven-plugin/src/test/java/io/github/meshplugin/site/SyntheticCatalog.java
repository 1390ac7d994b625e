package io.github.meshplugin.site;

import io.github.meshplugin.site.view.CatalogView;
import io.github.meshplugin.site.view.CatalogView.ProductRef;
import io.github.meshplugin.site.view.ContractViews.ContractPage;
import io.github.meshplugin.site.view.ContractViews.ContractView;
import io.github.meshplugin.site.view.ContractViews.ObjectView;
import io.github.meshplugin.site.view.ContractViews.PropertyView;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.LongList;
import io.github.meshplugin.site.view.ProductViews.ProductPage;
import io.github.meshplugin.site.view.ProductViews.Support;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog of any size, made in memory for what only size can show (shard boundaries, what one search loads).
 * Each product publishes one contract of {@code propertiesPerContract} properties, named from a fixed
 * vocabulary the way real schemas repeat names ({@code customer_id} is in every contract).
 */
final class SyntheticCatalog {

    private static final String[] FIELD_NAMES = {
        "customer_id",
        "order_id",
        "customer_email",
        "created_at",
        "updated_at",
        "currency_code",
        "amount",
        "status",
        "country_code",
        "sku",
        "quantity",
        "unit_price",
        "channel",
        "campaign_id",
        "segment_code",
        "warehouse_code",
        "carrier_code",
        "tracking_number"
    };
    private static final String[] DOMAINS = {
        "sales",
        "customer",
        "marketing",
        "logistics",
        "finance",
        "payments",
        "inventory",
        "returns",
        "pricing",
        "support"
    };

    private SyntheticCatalog() {}

    static CatalogView of(int products, int propertiesPerContract) {
        List<ProductPage> productPages = new ArrayList<>(products);
        List<ContractPage> contracts = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            String domain = DOMAINS[i % DOMAINS.length];
            String id = domain + ".product-" + i;
            ProductRef ref = new ProductRef(
                    id,
                    "Product " + i + " of " + domain,
                    Hrefs.product(id),
                    domain,
                    domain,
                    Hrefs.domain(domain),
                    "active",
                    "Team " + (i % 40),
                    Hrefs.team("team-" + (i % 40)),
                    false,
                    80,
                    null);
            productPages.add(new ProductPage(
                    ref,
                    "1.0.0",
                    "Daily figures number " + i + " for the " + domain + " domain, refreshed every night.",
                    null,
                    null,
                    List.of("tier-" + (i % 3)),
                    new Support(List.of(), null, null),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    0,
                    0,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    LongList.whole(List.of()),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null));
            List<PropertyView> properties = new ArrayList<>();
            for (int p = 0; p < propertiesPerContract; p++) {
                String name = p < FIELD_NAMES.length ? FIELD_NAMES[p] : "attribute_" + p + "_of_" + i;
                properties.add(new PropertyView(
                        name,
                        name,
                        0,
                        "string",
                        "varchar",
                        false,
                        false,
                        false,
                        false,
                        null,
                        false,
                        List.of(),
                        "The " + name.replace('_', ' ') + ".",
                        List.of(),
                        Hrefs.propertyAnchor("rows", name),
                        List.of(),
                        null));
            }
            String contractId = id + ".rows";
            contracts.add(new ContractPage(
                    new ContractView(
                            contractId,
                            "Rows of product " + i,
                            "1.0.0",
                            "active",
                            "v3.0.2",
                            Hrefs.contract(contractId),
                            "What product " + i + " publishes.",
                            null,
                            null,
                            List.of(),
                            null,
                            List.of(new ObjectView("rows", null, null, null, properties, List.of())),
                            List.of(),
                            properties.size(),
                            0,
                            0,
                            List.of()),
                    ref,
                    List.of(),
                    List.of(),
                    List.of(),
                    LongList.whole(List.of()),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null));
        }
        return new CatalogView(
                new CatalogView.Meta("Synthetic", "test"),
                null,
                List.of(),
                productPages,
                contracts,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                null);
    }
}
