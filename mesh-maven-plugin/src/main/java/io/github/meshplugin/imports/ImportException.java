package io.github.meshplugin.imports;

/** A source the importer cannot turn into a contract: unparseable, or with nothing to import. Nothing is written. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
