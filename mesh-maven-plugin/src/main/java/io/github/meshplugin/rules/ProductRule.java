package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.DataProduct;
import java.util.function.Consumer;

/** A rule that judges each product on its own. */
public interface ProductRule extends Rule {

    void check(MeshContext context, DataProduct product, Consumer<Finding> report);

    @Override
    default void check(MeshContext context, Consumer<Finding> report) {
        for (DataProduct product : context.mesh().products()) {
            check(context, product, report);
        }
    }
}
