package org.hwnas.model.doc;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The document types of the workbench: one file-name ending and one {@code format} value each. */
public enum DocumentKind {
    NETWORK("network", ".hwnet.json"),
    ACCELERATOR("accelerator", ".hwacc.json"),
    MAPPING("mapping", ".hwmap.json"),
    SEARCH("search", ".hwsearch.json");

    /** Version written by this build; readers accept this version only (and say so). */
    public static final int CURRENT_VERSION = 1;

    private final String formatName;
    private final String suffix;

    DocumentKind(String formatName, String suffix) {
        this.formatName = formatName;
        this.suffix = suffix;
    }

    /** The value of the {@code format} field, e.g. {@code network/1}. */
    public String format() {
        return formatName + "/" + CURRENT_VERSION;
    }

    public String formatName() {
        return formatName;
    }

    public String suffix() {
        return suffix;
    }

    /** The kind named by a file's ending, if any. */
    public static Optional<DocumentKind> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return Arrays.stream(values()).filter(k -> name.endsWith(k.suffix)).findFirst();
    }

    /** The kind named by a {@code format} value's prefix ({@code network/1 -> NETWORK}), if any. */
    public static Optional<DocumentKind> fromFormat(String format) {
        int slash = format.indexOf('/');
        String name = slash < 0 ? format : format.substring(0, slash);
        return Arrays.stream(values()).filter(k -> k.formatName.equals(name)).findFirst();
    }

    public static String validFormats() {
        return Arrays.stream(values()).map(DocumentKind::format).collect(Collectors.joining(", "));
    }
}
