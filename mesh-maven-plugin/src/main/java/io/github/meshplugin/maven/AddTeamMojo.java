package io.github.meshplugin.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds a team: {@code teams/<team>.yaml}. Writes nothing if the team's file exists.
 * <pre>mvn mesh:add-team -Dmesh.team=finance-team -Dmesh.owner=alan</pre>
 */
@Mojo(name = "add-team", threadSafe = true)
public class AddTeamMojo extends AbstractScaffoldMojo {

    /** The team's id and file name: lower-case words joined by hyphens. */
    @Parameter(property = "mesh.team")
    String team;

    /** The username of the team's owner, listed as its first member; optional. */
    @Parameter(property = "mesh.owner")
    String owner;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String name = ask(team, "Team name", null);
        String username = ask(owner, "Username of its owner (empty: none)", null);
        scaffold(scaffold -> scaffold.addTeam(name, username));
    }
}
