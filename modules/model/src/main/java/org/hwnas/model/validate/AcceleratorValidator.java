package org.hwnas.model.validate;

import java.nio.file.Path;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.openide.util.lookup.ServiceProvider;

/** Checks {@code *.hwacc.json}: schema, ranges and whole-design rules. */
@ServiceProvider(service = DocumentValidator.class, position = 200)
public final class AcceleratorValidator implements DocumentValidator {
    @Override
    public DocumentKind kind() {
        return DocumentKind.ACCELERATOR;
    }

    @Override
    public String validate(Path file) throws DocumentException {
        Accelerator a = AcceleratorDocument.read(file);
        return String.format("accelerator %s (%s): %d PEs, %d memory levels", a.name(),
                a.kind().name().toLowerCase(), a.totalPes(), a.levels().size());
    }
}
