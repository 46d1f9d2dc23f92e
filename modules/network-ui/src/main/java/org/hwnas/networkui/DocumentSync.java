package org.hwnas.networkui;

import javax.swing.event.UndoableEditEvent;
import javax.swing.event.UndoableEditListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoableEdit;
import org.openide.awt.UndoRedo;

/**
 * The graph view's access to the editor document. Model edits rewrite the text through the document, so
 * the platform's editor support keeps the modified mark, save and undo; the change is reported to the
 * document's undo listeners as <em>one</em> edit (a replace is a remove plus an insert in Swing, which would
 * be two undo steps with an unparsable text in between).
 */
final class DocumentSync {
    private DocumentSync() {
    }

    static String text(Document doc) {
        String[] out = new String[1];
        doc.render(() -> {
            try {
                out[0] = doc.getText(0, doc.getLength());
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
        return out[0];
    }

    /** Replaces the changed middle of the text (common prefix and suffix kept), as one undoable edit. */
    static void replace(Document doc, String newText, String presentationName) throws BadLocationException {
        String old = text(doc);
        int prefix = 0;
        int max = Math.min(old.length(), newText.length());
        while (prefix < max && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        int removeLen = old.length() - prefix - suffix;
        String insert = newText.substring(prefix, newText.length() - suffix);
        if (removeLen == 0 && insert.isEmpty()) {
            return;
        }
        if (!(doc instanceof AbstractDocument ad)) {
            apply(doc, prefix, removeLen, insert);
            return;
        }
        UndoableEditListener[] listeners = ad.getUndoableEditListeners();
        CompoundEdit compound = new NamedEdit(presentationName);
        UndoableEditListener collect = e -> compound.addEdit(e.getEdit());
        for (UndoableEditListener l : listeners) {
            ad.removeUndoableEditListener(l);
        }
        ad.addUndoableEditListener(collect);
        try {
            apply(doc, prefix, removeLen, insert);
        } finally {
            ad.removeUndoableEditListener(collect);
            for (UndoableEditListener l : listeners) {
                ad.addUndoableEditListener(l);
            }
        }
        compound.end();
        UndoableEditEvent event = new UndoableEditEvent(doc, compound);
        for (UndoableEditListener l : listeners) {
            l.undoableEditHappened(event);
        }
    }

    private static void apply(Document doc, int offset, int removeLen, String insert) throws BadLocationException {
        if (removeLen > 0) {
            doc.remove(offset, removeLen);
        }
        if (!insert.isEmpty()) {
            doc.insertString(offset, insert, null);
        }
    }

    /** The editor support's undo manager: the undo listener it put on the document. */
    static UndoRedo undoRedo(Document doc) {
        if (doc instanceof AbstractDocument ad) {
            for (UndoableEditListener l : ad.getUndoableEditListeners()) {
                if (l instanceof UndoRedo u) {
                    return u;
                }
            }
        }
        return UndoRedo.NONE;
    }

    private static final class NamedEdit extends CompoundEdit {
        private static final long serialVersionUID = 1L;
        private final String name;

        NamedEdit(String name) {
            this.name = name;
        }

        @Override
        public String getPresentationName() {
            return name;
        }

        @Override
        public String getUndoPresentationName() {
            return "Undo " + name;
        }

        @Override
        public String getRedoPresentationName() {
            return "Redo " + name;
        }

        @Override
        public boolean addEdit(UndoableEdit anEdit) {
            return super.addEdit(anEdit);
        }
    }
}
