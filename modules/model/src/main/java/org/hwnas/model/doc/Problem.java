package org.hwnas.model.doc;

/**
 * One thing wrong with a document, located as precisely as the parser allows.
 *
 * @param file   the file name as the user gave it (or a label such as {@code <string>})
 * @param path   the JSON path of the offending value, e.g. {@code layers[3].kernel}; empty for the root
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param reason what is wrong, in words a user can act on
 */
public record Problem(String file, String path, int line, int column, String reason) {

    /** {@code file:line:col: path: reason}, the one-line form printed by {@code hwnas validate}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(reason).toString();
    }
}
