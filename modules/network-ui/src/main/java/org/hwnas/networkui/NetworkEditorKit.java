package org.hwnas.networkui;

import java.awt.Color;
import java.awt.Font;
import javax.swing.text.AttributeSet;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.Document;
import javax.swing.text.Element;
import javax.swing.text.PlainDocument;
import javax.swing.text.Style;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyleContext;
import javax.swing.text.StyledDocument;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;
import javax.swing.text.WrappedPlainView;
import org.netbeans.api.editor.mimelookup.MimeRegistration;

/**
 * The editor kit of network documents in a platform-only application (no IDE editor modules): plain text
 * like the platform's fallback kit, but its document is a Swing {@link javax.swing.text.AbstractDocument}
 * that is also a {@link StyledDocument}. The fallback kit's plain document gets wrapped in a
 * {@code FilterDocument}, which hides the document's undo listeners from the Graph view; with this one the
 * Graph view can report a model edit to the editor support's undo manager as one edit.
 */
@MimeRegistration(mimeType = NetworkDataObject.MIME, service = javax.swing.text.EditorKit.class)
public final class NetworkEditorKit extends DefaultEditorKit implements ViewFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public String getContentType() {
        return NetworkDataObject.MIME;
    }

    @Override
    public Document createDefaultDocument() {
        return new SourceDocument();
    }

    @Override
    public ViewFactory getViewFactory() {
        return this;
    }

    @Override
    public View create(Element elem) {
        return new WrappedPlainView(elem);
    }

    @Override
    public Object clone() {
        return new NetworkEditorKit();
    }

    /** A plain-text document that satisfies the {@link StyledDocument} contract of the editor support. */
    static final class SourceDocument extends PlainDocument implements StyledDocument {
        private static final long serialVersionUID = 1L;

        @Override
        public Style addStyle(String nm, Style parent) {
            return StyleContext.getDefaultStyleContext().addStyle(nm, parent);
        }

        @Override
        public void removeStyle(String nm) {
            // no named styles in plain text
        }

        @Override
        public Style getStyle(String nm) {
            return StyleContext.getDefaultStyleContext().getStyle(nm);
        }

        @Override
        public void setCharacterAttributes(int offset, int length, AttributeSet s, boolean replace) {
            // plain text: no attributes
        }

        @Override
        public void setParagraphAttributes(int offset, int length, AttributeSet s, boolean replace) {
            // plain text: no attributes
        }

        @Override
        public void setLogicalStyle(int pos, Style s) {
            // plain text: no styles
        }

        @Override
        public Style getLogicalStyle(int p) {
            return null;
        }

        @Override
        public Element getParagraphElement(int pos) {
            Element root = getDefaultRootElement();
            return root.getElement(root.getElementIndex(pos));
        }

        @Override
        public Element getCharacterElement(int pos) {
            return getParagraphElement(pos);
        }

        @Override
        public Color getForeground(AttributeSet attr) {
            return StyleConstants.getForeground(attr);
        }

        @Override
        public Color getBackground(AttributeSet attr) {
            return StyleConstants.getBackground(attr);
        }

        @Override
        public Font getFont(AttributeSet attr) {
            return StyleContext.getDefaultStyleContext().getFont(attr);
        }
    }
}
