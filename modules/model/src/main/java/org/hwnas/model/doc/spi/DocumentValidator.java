package org.hwnas.model.doc.spi;

import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;

/**
 * Reads and fully checks one kind of document. Each module that owns a document kind registers one
 * (the search module for {@code *.hwsearch.json}, ...), so {@code hwnas validate} and the IDE check every
 * kind without knowing the modules:
 * <pre>{@code
 * for (DocumentValidator v : Lookup.getDefault().lookupAll(DocumentValidator.class)) { ... }
 * }</pre>
 */
public interface DocumentValidator {

    /** The kind this validator reads. */
    DocumentKind kind();

    /**
     * Reads the file and checks everything a consumer relies on (schema, ranges, shapes).
     *
     * @return a one-line summary of a valid document, e.g. {@code network resnet50: 177 layers}
     * @throws DocumentException with every problem found, each naming the file, path and reason
     */
    String validate(Path file) throws DocumentException;
}
