package org.hwnas.acceleratorui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.text.StyledDocument;
import org.hwnas.acceleratorui.Examples;
import org.hwnas.acceleratorui.NbEditTransactions;
import org.hwnas.acceleratorui.edit.AcceleratorEdits;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.openide.awt.UndoRedo;
import org.junit.jupiter.api.Test;

/** Design edits go through the document: the text changes, one undo restores it, redo re-applies it. */
class DocumentBindingTest {

    @Test
    void resizingTheArrayRewritesTheTextAndOneUndoRestoresIt() throws Exception {
        String original = Files.readString(Examples.accelerator("eyeriss-like"));
        TextEditorSupport ces = TextEditorSupport.of(original);
        StyledDocument doc = ces.openDocument();
        UndoRedo undo = TextEditorSupport.undoOf(doc);
        DocumentBinding b = new DocumentBinding(doc, "eyeriss-like.hwacc.json", NbEditTransactions.create());
        List<DocumentBinding.State> seen = new ArrayList<>();
        AtomicInteger textEdits = new AtomicInteger();
        b.addListener(seen::add);
        b.onTextEdit(textEdits::incrementAndGet);

        Accelerator a = b.accelerator();
        assertEquals("12x14", a.array().shape());
        assertFalse(undo.canUndo());

        Accelerator bigger = AcceleratorEdits.resizeArray(a, 16, 16);
        b.apply(bigger);
        String edited = doc.getText(0, doc.getLength());
        assertEquals(AcceleratorDocument.toText(bigger), edited);
        assertEquals("16x16", AcceleratorDocument.parse("x", edited).array().shape());
        assertEquals(bigger, b.accelerator());
        assertTrue(ces.modified(), "the document is dirty after a design edit");
        assertEquals(0, textEdits.get(), "a design edit is not announced as a text edit to re-parse");

        assertTrue(undo.canUndo());
        undo.undo();
        assertEquals(original, doc.getText(0, doc.getLength()), "one undo restores the text exactly");
        assertFalse(undo.canUndo(), "the design edit was a single undo step");
        assertEquals("12x14", ((DocumentBinding.Valid) b.parse()).accelerator().array().shape());

        undo.redo();
        assertEquals(edited, doc.getText(0, doc.getLength()));
        assertTrue(textEdits.get() > 0, "undo/redo change the text: the editor re-parses");
        assertEquals("16x16", ((DocumentBinding.Valid) b.parse()).accelerator().array().shape());
        assertTrue(seen.size() >= 4);
    }

    @Test
    void invalidTextGivesTheProblemsWithLineAndPath() throws Exception {
        String original = Files.readString(Examples.accelerator("eyeriss-like"));
        TextEditorSupport ces = TextEditorSupport.of(original);
        StyledDocument doc = ces.openDocument();
        DocumentBinding b = new DocumentBinding(doc, "eyeriss-like.hwacc.json", NbEditTransactions.create());
        int at = original.indexOf("\"size\": 12");
        doc.remove(at + 8, 2);
        doc.insertString(at + 8, "0", null);
        DocumentBinding.State s = b.parse();
        DocumentBinding.Invalid inv = assertInstanceOf(DocumentBinding.Invalid.class, s);
        String first = inv.problems().get(0).toString();
        assertTrue(first.startsWith("eyeriss-like.hwacc.json:13:"), first);
        assertTrue(first.contains("pe_array.axes[0].size"), first);
        assertNull(b.accelerator());
    }

    @Test
    void applyingTheSameDesignLeavesTheTextAlone() throws Exception {
        String text = AcceleratorDocument.toText(Examples.read("tpu-like"));
        TextEditorSupport ces = TextEditorSupport.of(text);
        StyledDocument doc = ces.openDocument();
        DocumentBinding b = new DocumentBinding(doc, "t.hwacc.json", NbEditTransactions.create());
        b.apply(b.accelerator());
        assertFalse(TextEditorSupport.undoOf(doc).canUndo());
        assertFalse(ces.modified());
    }
}
