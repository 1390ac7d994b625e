package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildException;
import io.github.meshplugin.build.Publication;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches the mesh's catalog.json to the project (classifier {@code mesh-catalog}, type {@code json}), and if
 * asked the zipped site (classifier {@code mesh-site}), so {@code mvn deploy} publishes them with the project's
 * version like any artifact; other repositories' meshes then read this one through {@code <meshes>}. Runs after
 * {@code mesh:site} in the {@code package} phase.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractMojo {

    /** The catalog site {@code mesh:site} wrote, whose catalog.json is published. */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/mesh-site")
    File outputDirectory;

    /** Also publishes the whole site as a zip (classifier {@code mesh-site}), e.g. to serve it from there. */
    @Parameter(property = "mesh.publishSite", defaultValue = "false")
    boolean publishSite;

    /** Where the site's zip is written when {@code publishSite} is on. */
    @Parameter(defaultValue = "${project.build.directory}/${project.build.finalName}-mesh-site.zip")
    File siteArchive;

    /** Skips the goal. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping the mesh publication (mesh.skip)");
            return;
        }
        try {
            Path catalog = Publication.catalog(outputDirectory.toPath());
            projectHelper.attachArtifact(
                    project, MeshResolver.CATALOG_TYPE, MeshResolver.CATALOG_CLASSIFIER, catalog.toFile());
            getLog().info("Mesh catalog attached: " + project.getGroupId() + ":" + project.getArtifactId() + ":"
                    + MeshResolver.CATALOG_TYPE + ":" + MeshResolver.CATALOG_CLASSIFIER + ":" + project.getVersion());
            if (publishSite) {
                Path zip = Publication.zipSite(outputDirectory.toPath(), siteArchive.toPath());
                projectHelper.attachArtifact(project, "zip", "mesh-site", zip.toFile());
                getLog().info("Mesh site attached: " + zip);
            }
        } catch (BuildException wrong) {
            throw new MojoExecutionException(wrong.getMessage(), wrong.getCause());
        }
    }
}
