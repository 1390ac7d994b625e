package io.github.meshplugin.scaffold;

/**
 * A request the scaffolder refuses: a name that breaks the mesh's conventions, a file that already exists, a
 * product or team that is not there. The message says what and how to go on; nothing has been written.
 */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
