package io.github.meshplugin.build;

/**
 * A build that could not run: a setting that makes no sense, or a file that could not be read or written. Not a
 * finding of the mesh: findings never stop a build, they decide its outcome.
 */
public final class BuildException extends RuntimeException {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
