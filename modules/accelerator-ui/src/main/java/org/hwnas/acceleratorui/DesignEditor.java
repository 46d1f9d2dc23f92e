package org.hwnas.acceleratorui;

import org.hwnas.acceleratorui.edit.EditRefusedException;
import org.hwnas.model.accel.Accelerator;

/** Applies design edits to the open document (one undo step each); implemented by the Design view. */
interface DesignEditor {

    /** One edit: the new design from the current one, or the model's refusal. */
    interface Edit {
        Accelerator apply(Accelerator current) throws EditRefusedException;
    }

    /** The design the document currently holds; null while its text is invalid. */
    Accelerator current();

    /** Applies an edit to the document; a refusal is thrown back unchanged (nothing is written). */
    void edit(Edit e) throws EditRefusedException;
}
