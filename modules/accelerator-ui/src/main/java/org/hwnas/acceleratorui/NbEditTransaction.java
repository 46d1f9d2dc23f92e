package org.hwnas.acceleratorui;

import javax.swing.event.UndoableEditEvent;
import javax.swing.event.UndoableEditListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.StyledDocument;
import javax.swing.undo.UndoableEdit;
import org.hwnas.acceleratorui.sync.EditTransaction;
import org.openide.text.CloneableEditorSupport;
import org.openide.text.NbDocument;

/**
 * One model edit = one undo step in the editor: the remove and insert of the rewritten span run under the
 * document's atomic lock, bracketed by {@link CloneableEditorSupport#BEGIN_COMMIT_GROUP} and
 * {@link CloneableEditorSupport#END_COMMIT_GROUP}, which the editor's undo manager merges into one edit.
 */
final class NbEditTransaction implements EditTransaction {

    @Override
    public void run(Document doc, Changes changes) throws BadLocationException {
        send(doc, CloneableEditorSupport.BEGIN_COMMIT_GROUP);
        try {
            BadLocationException[] failure = new BadLocationException[1];
            Runnable r = () -> {
                try {
                    changes.run();
                } catch (BadLocationException e) {
                    failure[0] = e;
                }
            };
            if (doc instanceof StyledDocument sd) {
                NbDocument.runAtomicAsUser(sd, r);
            } else {
                r.run();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
        } finally {
            send(doc, CloneableEditorSupport.END_COMMIT_GROUP);
        }
    }

    private static void send(Document doc, UndoableEdit marker) {
        if (doc instanceof AbstractDocument ad) {
            for (UndoableEditListener l : ad.getUndoableEditListeners()) {
                l.undoableEditHappened(new UndoableEditEvent(doc, marker));
            }
        }
    }
}
