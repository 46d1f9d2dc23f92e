package org.hwnas.acceleratorui.sync;

import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * Runs the text changes of one model edit so that the document's undo manager records them as one step.
 * The editor's implementation brackets them with NetBeans' commit-group edits
 * ({@code CloneableEditorSupport.BEGIN_COMMIT_GROUP}/{@code END_COMMIT_GROUP}) under the document lock.
 */
public interface EditTransaction {

    /** Changes to a document, possibly several removes and inserts. */
    interface Changes {
        void run() throws BadLocationException;
    }

    void run(Document doc, Changes changes) throws BadLocationException;
}
