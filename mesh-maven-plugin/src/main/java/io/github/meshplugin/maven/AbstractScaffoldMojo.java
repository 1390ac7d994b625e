package io.github.meshplugin.maven;

import io.github.meshplugin.scaffold.MeshScaffold;
import io.github.meshplugin.scaffold.ScaffoldException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;
import org.codehaus.plexus.components.interactivity.PrompterException;

/**
 * What the goals that write a mesh's files share: where the mesh is, its id convention, questions through Maven's
 * prompter when Maven runs interactively, and a refusal as a plain build failure (nothing written, no stack trace).
 */
abstract class AbstractScaffoldMojo extends AbstractMeshFolderMojo {

    /** The convention new product and contract ids must follow (rule MESH-NAME-001); the same as validate's. */
    @Parameter(property = "mesh.idPattern", defaultValue = "[a-z0-9]+([.-][a-z0-9]+)*")
    String idPattern;

    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    boolean interactive;

    @Component
    Prompter prompter;

    /** One scaffolding step; a refusal becomes a build failure with its message. */
    @FunctionalInterface
    interface Step {
        MeshScaffold.Result run(MeshScaffold scaffold) throws ScaffoldException, MojoExecutionException;
    }

    void scaffold(Step step) throws MojoExecutionException, MojoFailureException {
        MeshScaffold scaffold = scaffolder();
        MeshScaffold.Result result;
        try {
            result = step.run(scaffold);
        } catch (ScaffoldException refused) {
            throw new MojoFailureException(refused.getMessage());
        }
        result.created().forEach(path -> getLog().info("Created  " + path));
        result.extended().forEach(path -> getLog().info("Extended " + path));
        result.kept().forEach(path -> getLog().info("Kept     " + path + " (it exists already)"));
    }

    MeshScaffold scaffolder() throws MojoExecutionException {
        Pattern ids;
        try {
            ids = Pattern.compile(idPattern);
        } catch (PatternSyntaxException wrong) {
            throw new MojoExecutionException(
                    "idPattern '" + idPattern + "' is not a regular expression: " + wrong.getDescription());
        }
        return new MeshScaffold(new MeshScaffold.Layout(meshDirectory.toPath(), domainsDirectory, teamsDirectory, ids));
    }

    /** The value given with -D, else, when Maven is interactive, the answer to {@code question}, else the default. */
    String ask(String value, String question, String byDefault) throws MojoExecutionException {
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        if (!interactive || prompter == null) {
            return byDefault;
        }
        try {
            String answer = byDefault == null ? prompter.prompt(question) : prompter.prompt(question, byDefault);
            return answer == null || answer.isBlank() ? byDefault : answer.trim();
        } catch (PrompterException cannotAsk) {
            throw new MojoExecutionException("Cannot ask: " + cannotAsk.getMessage(), cannotAsk);
        }
    }
}
