package org.hwnas.model.validate;

import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.openide.util.lookup.ServiceProvider;

/** Checks {@code *.hwmap.json} against its layer and, when it names one, its accelerator. */
@ServiceProvider(service = DocumentValidator.class, position = 300)
public final class MappingValidator implements DocumentValidator {
    @Override
    public DocumentKind kind() {
        return DocumentKind.MAPPING;
    }

    @Override
    public String validate(Path file) throws DocumentException {
        Mapping m = MappingDocument.read(file);
        return "mapping of layer " + m.layerName() + " (" + m.bounds() + ") over " + m.levels().size() + " levels";
    }
}
