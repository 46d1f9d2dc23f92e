package org.hwnas.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.netbeans.api.templates.CreateDescriptor;
import org.netbeans.api.templates.CreateFromTemplateHandler;
import org.openide.filesystems.FileObject;
import org.openide.util.lookup.ServiceProvider;

/**
 * Creates documents from the templates of {@link TemplateFolder#PATH} with the document's own name in
 * its top-level {@code "name"} field ({@code resnet.hwnet.json} gets {@code "name": "resnet"}), so the
 * templates stay valid documents themselves (no placeholders, no script engine needed).
 */
@ServiceProvider(service = CreateFromTemplateHandler.class)
public final class DocumentNameHandler extends CreateFromTemplateHandler {

    @Override
    protected boolean accept(CreateDescriptor desc) {
        FileObject t = desc.getTemplate();
        return t != null && t.getParent() != null && TemplateFolder.PATH.equals(t.getParent().getPath())
                && "json".equals(t.getExt()); // NOI18N
    }

    @Override
    protected List<FileObject> createFromTemplate(CreateDescriptor desc) throws IOException {
        FileObject template = desc.getTemplate();
        String base = desc.getProposedName(); // e.g. resnet.hwnet: createFromTemplate keeps only the last extension
        String text = TemplateNames.withDocumentName(template.asText(StandardCharsets.UTF_8.name()), TemplateNames.documentName(base));
        FileObject created = desc.getTarget().createData(base, template.getExt());
        try (OutputStream out = created.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        CreateFromTemplateHandler.copyAttributesFromTemplate(this, template, created);
        return List.of(created);
    }
}
