package io.github.meshplugin.model;

/**
 * Where an element was written: a path relative to the mesh root (always with forward slashes, so findings read
 * the same on every OS) and a 1-based line and column. Line 0 means "the file as a whole".
 */
public record Source(String file, int line, int column) implements Comparable<Source> {

    public static Source file(String file) {
        return new Source(file, 0, 0);
    }

    public Source at(int line, int column) {
        return new Source(file, line, column);
    }

    /** {@code file:line:column}, the form editors and CI logs turn into links. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public int compareTo(Source other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return location();
    }
}
