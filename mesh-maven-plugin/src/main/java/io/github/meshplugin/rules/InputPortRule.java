package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import java.util.function.Consumer;

/** A rule that judges each input port of each product on its own. */
public interface InputPortRule extends Rule {

    void check(MeshContext context, DataProduct product, InputPort port, Consumer<Finding> report);

    @Override
    default void check(MeshContext context, Consumer<Finding> report) {
        for (DataProduct product : context.mesh().products()) {
            for (InputPort port : product.inputPorts()) {
                check(context, product, port, report);
            }
        }
    }
}
