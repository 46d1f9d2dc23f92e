package org.hwnas.mappingui;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.event.UndoableEditEvent;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyledDocument;
import org.openide.awt.UndoRedo;
import org.openide.text.CloneableEditorSupport;
import org.openide.text.NbDocument;

/**
 * The Mapping tab's edits as edits of the document: the text is replaced through the document (so the
 * editor support keeps save and the modified mark) as <em>one</em> undo step of the editor support's undo
 * manager, which is also the tab's UndoRedo, so Ctrl+Z in the Mapping tab undoes the last visual edit.
 */
final class DocumentUndo {
    private static final Logger LOG = Logger.getLogger(DocumentUndo.class.getName());

    private DocumentUndo() {
    }

    /**
     * The undo manager the editor support (a DataObject's EditorCookie) attaches to its document (the one the Source tab uses).
     * {@code CloneableEditorSupport.getUndoRedo()} is protected and the platform offers no other way to
     * it from another view of the same document, hence the reflective call; UndoRedo.NONE if it fails.
     */
    static UndoRedo undoRedo(Object editorSupport) {
        if (editorSupport instanceof CloneableEditorSupport ces) {
            try {
                Method m = CloneableEditorSupport.class.getDeclaredMethod("getUndoRedo"); // NOI18N
                m.setAccessible(true);
                return (UndoRedo) m.invoke(ces);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.INFO, "no undo manager for the mapping document", e); // NOI18N
            }
        }
        return UndoRedo.NONE;
    }

    /**
     * Replaces the changed middle of the text (common prefix and suffix kept) as one undoable edit: a
     * Swing replace is a remove and an insert, two undo steps with an unparsable text in between, so the
     * pair is bracketed by the editor support's commit-group marks.
     */
    static void replace(StyledDocument doc, UndoRedo undo, String text) throws BadLocationException {
        String old = doc.getText(0, doc.getLength());
        int prefix = 0;
        int max = Math.min(old.length(), text.length());
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        int removeLen = old.length() - prefix - suffix;
        String insert = text.substring(prefix, text.length() - suffix);
        if (removeLen == 0 && insert.isEmpty()) {
            return;
        }
        int offset = prefix;
        BadLocationException[] failure = new BadLocationException[1];
        mark(undo, doc, CloneableEditorSupport.BEGIN_COMMIT_GROUP);
        try {
            NbDocument.runAtomicAsUser(doc, () -> {
                try {
                    if (removeLen > 0) {
                        doc.remove(offset, removeLen);
                    }
                    if (!insert.isEmpty()) {
                        doc.insertString(offset, insert, null);
                    }
                } catch (BadLocationException e) {
                    failure[0] = e;
                }
            });
        } finally {
            mark(undo, doc, CloneableEditorSupport.END_COMMIT_GROUP);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void mark(UndoRedo undo, StyledDocument doc, javax.swing.undo.UndoableEdit mark) {
        if (undo instanceof UndoRedo.Manager m) {
            m.undoableEditHappened(new UndoableEditEvent(doc, mark));
        }
    }
}
