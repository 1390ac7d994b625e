package io.github.meshplugin.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Where the mesh is: the parameters both the goals that read a mesh and those that write its files take. */
abstract class AbstractMeshFolderMojo extends AbstractMojo {

    /** The mesh root: the folder holding {@code domains/} and {@code teams/}. */
    @Parameter(property = "mesh.directory", defaultValue = "${project.basedir}")
    File meshDirectory;

    /** The folder under the mesh root with one sub-folder per domain. */
    @Parameter(property = "mesh.domainsDirectory", defaultValue = "domains")
    String domainsDirectory;

    /** The folder under the mesh root with one {@code <team>.yaml} per team. */
    @Parameter(property = "mesh.teamsDirectory", defaultValue = "teams")
    String teamsDirectory;
}
