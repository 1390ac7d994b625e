package io.github.meshplugin.rules;

import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import java.util.List;

/** A rule that judges each input port of each product on its own. */
public interface InputPortRule extends PortRule<InputPort> {

    @Override
    default List<InputPort> ports(DataProduct product) {
        return product.inputPorts();
    }
}
