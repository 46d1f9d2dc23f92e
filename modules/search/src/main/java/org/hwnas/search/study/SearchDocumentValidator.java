package org.hwnas.search.study;

import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.spi.DocumentValidator;
import org.openide.util.lookup.ServiceProvider;

/** Lets {@code hwnas validate} and the IDE check {@code *.hwsearch.json} documents. */
@ServiceProvider(service = DocumentValidator.class)
public final class SearchDocumentValidator implements DocumentValidator {

    @Override
    public DocumentKind kind() {
        return DocumentKind.SEARCH;
    }

    @Override
    public String validate(Path file) throws DocumentException {
        Study s = StudyReader.read(file);
        return "search " + s.name() + ": " + s.space().id() + " space (" + s.space().size() + " candidates), "
                + s.objectives().size() + " objective(s), engine " + s.engine().id() + ", " + s.budget().trials() + " trials";
    }
}
