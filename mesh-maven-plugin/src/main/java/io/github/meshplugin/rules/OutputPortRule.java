package io.github.meshplugin.rules;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.OutputPort;
import java.util.List;

/** A rule that judges each output port of each product on its own. */
public interface OutputPortRule extends PortRule<OutputPort> {

    @Override
    default List<OutputPort> ports(DataProduct product) {
        return product.outputPorts();
    }
}
