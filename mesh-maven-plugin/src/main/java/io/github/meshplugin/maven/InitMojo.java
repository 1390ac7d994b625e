package io.github.meshplugin.maven;

import io.github.meshplugin.scaffold.MeshScaffold;
import io.github.meshplugin.scaffold.Names;
import java.io.File;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a mesh, in an empty folder or an existing repository: a POM that validates the mesh in {@code verify}, a
 * team, a domain, a first product with its contract and README, {@code mesh-rules.yaml} with every default
 * commented, and CI pipelines that check pull requests against their target branch and publish the catalog
 * (GitHub Actions and GitLab CI, both with Pages). Asks its questions when Maven is interactive; in batch mode
 * every answer is a {@code -D} property with a default. Files that exist (a POM, a pipeline) are kept as they are.
 * <pre>mvn io.github.meshplugin:mesh-maven-plugin:init -B -Dmesh.domain=sales -Dmesh.product=orders</pre>
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractProductScaffoldMojo {

    /** The catalog's name, also the new POM's {@code name}; by default the folder's name as a title. */
    @Parameter(property = "mesh.name")
    String meshName;

    /** The new POM's groupId. */
    @Parameter(property = "mesh.groupId")
    String groupId;

    /** The new POM's artifactId; by default the folder's name. */
    @Parameter(property = "mesh.artifactId")
    String artifactId;

    /** The username of the team's owner; optional. */
    @Parameter(property = "mesh.owner")
    String owner;

    /** The CI pipelines to write, comma-separated: {@code github}, {@code gitlab}, or {@code none}. */
    @Parameter(property = "mesh.ci")
    String ci;

    /** The branch pull requests target, the baseline they are compared with, and the one the catalog is built from. */
    @Parameter(property = "mesh.targetBranch")
    String targetBranch;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (session != null && !session.getUserProperties().containsKey("mesh.directory") && !hasProject()) {
            meshDirectory = new File(session.getExecutionRootDirectory());
        }
        String folder = Names.suggest(meshDirectory.getAbsoluteFile().getName());
        String name = ask(meshName, "Name of the mesh", Names.title(folder));
        String group = ask(groupId, "groupId of its POM", "com.example");
        String artifact = ask(artifactId, "artifactId of its POM", folder);
        String domainName = ask(domain, "First domain", "sales");
        String productName = ask(product, "First product of " + domainName, "orders");
        String teamName = ask(team, "Team that owns " + domainName, domainName + "-team");
        String username = ask(owner, "Username of the team's owner (empty: none)", null);
        Set<MeshScaffold.Ci> pipelines = pipelines(ask(ci, "CI pipelines (github, gitlab, none)", "github,gitlab"));
        String branch = ask(targetBranch, "Target branch of pull requests", "main");
        MeshScaffold.Plugin self =
                new MeshScaffold.Plugin(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion());
        scaffold(scaffold -> scaffold.init(new MeshScaffold.InitRequest(
                name, group, artifact, domainName, productName, teamName, username, pipelines, branch, self)));
        getLog().info("Next: mvn verify checks the mesh, mvn mesh:site writes its catalog to target/mesh-site/.");
    }

    private boolean hasProject() {
        return session.getCurrentProject() != null
                && session.getCurrentProject().getFile() != null;
    }

    private static Set<MeshScaffold.Ci> pipelines(String names) throws MojoFailureException {
        Set<MeshScaffold.Ci> pipelines = EnumSet.noneOf(MeshScaffold.Ci.class);
        for (String name : names.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            switch (trimmed) {
                case "github" -> pipelines.add(MeshScaffold.Ci.GITHUB);
                case "gitlab" -> pipelines.add(MeshScaffold.Ci.GITLAB);
                case "none", "" -> {}
                default ->
                    throw new MojoFailureException(
                            "Unknown CI `" + trimmed + "` in mesh.ci; use github, gitlab or none.");
            }
        }
        return pipelines;
    }
}
