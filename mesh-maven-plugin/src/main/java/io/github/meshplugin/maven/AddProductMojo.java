package io.github.meshplugin.maven;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds a product to a domain: its descriptor with one output port, that port's contract and a README, and an
 * input port for each contract it reads. Writes nothing if the product exists.
 * <pre>mvn mesh:add-product -Dmesh.domain=finance -Dmesh.product=revenue -Dmesh.reads=sales.orders.orders</pre>
 */
@Mojo(name = "add-product", threadSafe = true)
public class AddProductMojo extends AbstractProductScaffoldMojo {

    /** Ids of the contracts the product reads, comma-separated; each becomes an input port. */
    @Parameter(property = "mesh.reads")
    String reads;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String domainName = ask(domain, "Domain", null);
        String productName = ask(product, "Product name", null);
        String owner = ask(team, "Owning team (empty: the domain's owner)", null);
        String inputs = ask(reads, "Contracts it reads, comma-separated (empty: none)", "");
        List<String> contracts = Arrays.stream(inputs.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .toList();
        scaffold(scaffold -> scaffold.addProduct(domainName, productName, owner, contracts));
    }
}
