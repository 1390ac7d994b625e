package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.DataProduct;
import java.util.List;
import java.util.function.Consumer;

/** A rule that judges each port of one kind (input or output) of each product on its own. */
public interface PortRule<P> extends Rule {

    /** The product's ports this rule judges. */
    List<P> ports(DataProduct product);

    void check(MeshContext context, DataProduct product, P port, Consumer<Finding> report);

    @Override
    default void check(MeshContext context, Consumer<Finding> report) {
        for (DataProduct product : context.mesh().products()) {
            for (P port : ports(product)) {
                check(context, product, port, report);
            }
        }
    }
}
