package io.github.meshplugin.rules;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.OutputPort;
import java.util.function.Consumer;

/** A rule that judges each output port of each product on its own. */
public interface OutputPortRule extends Rule {

    void check(MeshContext context, DataProduct product, OutputPort port, Consumer<Finding> report);

    @Override
    default void check(MeshContext context, Consumer<Finding> report) {
        for (DataProduct product : context.mesh().products()) {
            for (OutputPort port : product.outputPorts()) {
                check(context, product, port, report);
            }
        }
    }
}
