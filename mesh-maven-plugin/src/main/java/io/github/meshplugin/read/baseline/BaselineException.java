package io.github.meshplugin.read.baseline;

/** A baseline that cannot be read, with what the user should do about it. Never escapes the build as a trace. */
public final class BaselineException extends Exception {

    private final String hint;

    public BaselineException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
