package io.github.meshplugin.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write a contract for a product's output port share: which product publishes it. */
abstract class AbstractContractScaffoldMojo extends AbstractScaffoldMojo {

    /** The id of the product that publishes the contract. */
    @Parameter(property = "mesh.product")
    String product;
}
