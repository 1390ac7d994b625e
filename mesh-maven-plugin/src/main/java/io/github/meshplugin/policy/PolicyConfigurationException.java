package io.github.meshplugin.policy;

/**
 * A policy set in the build configuration that cannot be applied. Unlike a mistake in mesh-rules.yaml (a finding
 * at its line), the configuration has no file and line to point at, so it stops the build with this message.
 */
public final class PolicyConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public PolicyConfigurationException(String message) {
        super(message);
    }
}
