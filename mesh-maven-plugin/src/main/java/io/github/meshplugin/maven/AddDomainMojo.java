package io.github.meshplugin.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds a domain: {@code domains/<domain>/domain.yaml}, owned by a team of the mesh. Writes nothing if the domain
 * exists.
 * <pre>mvn mesh:add-domain -Dmesh.domain=finance -Dmesh.team=finance-team</pre>
 */
@Mojo(name = "add-domain", threadSafe = true)
public class AddDomainMojo extends AbstractScaffoldMojo {

    /** The domain's name: lower-case words joined by hyphens. */
    @Parameter(property = "mesh.domain")
    String domain;

    /** The team that owns the domain's products unless a product names another; optional. */
    @Parameter(property = "mesh.team")
    String team;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String name = ask(domain, "Domain name", null);
        String owner = ask(team, "Team that owns it (empty: none)", null);
        scaffold(scaffold -> scaffold.addDomain(name, owner));
    }
}
