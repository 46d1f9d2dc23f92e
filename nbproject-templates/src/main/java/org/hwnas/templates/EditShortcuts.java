package org.hwnas.templates;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;

/**
 * Keyboard shortcuts for Edit > Undo and Redo. The platform cluster has the actions but binds no keys
 * (the IDE's keymap does), so the documents' undo/redo would be reachable from the menu only.
 */
@ActionReferences({
    @ActionReference(path = "Shortcuts", name = "D-Z",
            id = @ActionID(category = "Edit", id = "org.openide.actions.UndoAction")),
    @ActionReference(path = "Shortcuts", name = "D-Y",
            id = @ActionID(category = "Edit", id = "org.openide.actions.RedoAction"))
})
final class EditShortcuts {
    private EditShortcuts() {
    }
}
