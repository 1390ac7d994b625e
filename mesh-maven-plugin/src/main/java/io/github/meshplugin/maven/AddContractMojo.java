package io.github.meshplugin.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds an output port to a product and writes its contract, {@code <port>.odcs.yaml} with the id
 * {@code <product id>.<port>}. Writes nothing if the contract file or id exists.
 * <pre>mvn mesh:add-contract -Dmesh.product=sales.orders -Dmesh.port=order-lines</pre>
 */
@Mojo(name = "add-contract", threadSafe = true)
public class AddContractMojo extends AbstractContractScaffoldMojo {

    /** The output port's name: lower-case words joined by hyphens. */
    @Parameter(property = "mesh.port")
    String port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String productId = ask(product, "Id of the product that publishes it", null);
        String portName = ask(port, "Output port name", null);
        if (productId == null) {
            throw new MojoFailureException("Name the product that publishes the contract (-Dmesh.product=<id>).");
        }
        scaffold(scaffold -> scaffold.addContract(productId, portName));
    }
}
