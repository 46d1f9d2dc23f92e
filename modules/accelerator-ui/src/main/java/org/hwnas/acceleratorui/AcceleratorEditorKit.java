package org.hwnas.acceleratorui;

import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Document;
import javax.swing.text.EditorKit;
import javax.swing.text.Style;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyleContext;
import javax.swing.text.StyledEditorKit;
import org.netbeans.api.editor.mimelookup.MimeRegistration;

/**
 * The Source view's editor kit. Without one the platform wraps a plain document in a
 * {@code FilterDocument}, which hides the document's undo listeners, so the Design view could neither
 * find the editor's undo manager nor group a design edit into one undo step. A
 * {@link DefaultStyledDocument} is a {@code StyledDocument} the editor support uses as is. Monospaced,
 * plain text (the platform has no JSON colouring).
 */
@MimeRegistration(mimeType = AcceleratorDataObject.MIME, service = EditorKit.class)
public final class AcceleratorEditorKit extends StyledEditorKit {
    private static final long serialVersionUID = 1L;

    @Override
    public String getContentType() {
        return AcceleratorDataObject.MIME;
    }

    @Override
    public Document createDefaultDocument() {
        DefaultStyledDocument doc = new DefaultStyledDocument();
        Style base = doc.getStyle(StyleContext.DEFAULT_STYLE);
        StyleConstants.setFontFamily(base, java.awt.Font.MONOSPACED);
        StyleConstants.setFontSize(base, 13);
        return doc;
    }

    @Override
    public Object clone() {
        return new AcceleratorEditorKit();
    }
}
