package org.hwnas.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.JsonDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.openide.util.Lookup;

/** Tells a document's kind (by file name, else by its {@code format} field) and finds its validator. */
final class DocumentKinds {
    private DocumentKinds() {
    }

    static DocumentKind detect(Path file) throws DocumentException {
        Optional<DocumentKind> byName = DocumentKind.fromFileName(file);
        if (byName.isPresent()) {
            return byName.get();
        }
        JsonDocument doc = JsonDocument.read(file);
        String format = doc.json().path("format").asText("");
        return DocumentKind.fromFormat(format).orElseThrow(() -> new DocumentException(new Problem(file.toString(), "", 0, 0,
                "cannot tell the document kind: name it *.hwnet.json, *.hwacc.json, *.hwmap.json or *.hwsearch.json,"
                        + " or give it a 'format' field (" + DocumentKind.validFormats() + ")")));
    }

    static Optional<DocumentValidator> validator(DocumentKind kind) {
        return Lookup.getDefault().lookupAll(DocumentValidator.class).stream()
                .filter(v -> v.kind() == kind)
                .map(v -> (DocumentValidator) v)
                .findFirst();
    }
}
