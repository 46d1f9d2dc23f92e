package org.hwnas.acceleratorui;

import org.hwnas.acceleratorui.sync.EditTransaction;

/** Exposes the editor's package-private transaction to tests in other packages. */
public final class NbEditTransactions {
    private NbEditTransactions() {
    }

    public static EditTransaction create() {
        return new NbEditTransaction();
    }

    public static javax.swing.text.EditorKit editorKit() {
        return new AcceleratorEditorKit();
    }
}
