package org.hwnas.networkui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.text.PlainDocument;
import org.hwnas.model.network.LayerParam;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.LayerEdit;
import org.hwnas.networkui.graph.NetworkDraft;
import org.junit.jupiter.api.Test;
import org.openide.awt.UndoRedo;

/** A model edit written into the document is one undo step (not a remove and an insert). */
class DocumentSyncTest {

    @Test
    void oneModelEditIsOneUndoStepAndUndoRestoresTheText() throws Exception {
        String original = Examples.text("resnet50.hwnet.json");
        // the document the Source view's kit gives the editor support
        javax.swing.text.Document doc = new NetworkEditorKit().createDefaultDocument();
        assertThat(doc).isInstanceOf(javax.swing.text.StyledDocument.class).isInstanceOf(javax.swing.text.AbstractDocument.class);
        doc.insertString(0, original, null);
        UndoRedo.Manager undo = new UndoRedo.Manager();
        doc.addUndoableEditListener(undo);
        assertThat(DocumentSync.undoRedo(doc)).isSameAs(undo);

        NetworkDraft d = DraftText.read("r", original).draft().orElseThrow();
        NetworkDraft edited = d.replace("conv1", LayerEdit.set(d.layer("conv1").orElseThrow(), LayerParam.KERNEL, "5"))
                .rename("bn1", "stem_bn");
        DocumentSync.replace(doc, DraftText.write(edited), "Edit conv1");
        String after = DocumentSync.text(doc);
        assertThat(after).isEqualTo(DraftText.write(edited)).contains("\"kernel\" : 5").contains("stem_bn");
        assertThat(undo.getUndoPresentationName()).isEqualTo("Undo Edit conv1");

        undo.undo();
        assertThat(DocumentSync.text(doc)).isEqualTo(original);
        assertThat(undo.canUndo()).isFalse();
        undo.redo();
        assertThat(DocumentSync.text(doc)).isEqualTo(after);
    }

    @Test
    void unchangedTextMakesNoEdit() throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, "abc", null);
        UndoRedo.Manager undo = new UndoRedo.Manager();
        doc.addUndoableEditListener(undo);
        DocumentSync.replace(doc, "abc", "nothing");
        assertThat(undo.canUndo()).isFalse();
        DocumentSync.replace(doc, "aXc", "one");
        undo.undo();
        assertThat(DocumentSync.text(doc)).isEqualTo("abc");
    }
}
