package org.hwnas.mappingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeListener;
import java.beans.VetoableChangeListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import javax.swing.SwingUtilities;
import javax.swing.text.StyledDocument;
import org.hwnas.mappingui.model.MappingEdits;
import org.hwnas.mappingui.model.MappingSource;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.junit.jupiter.api.Test;
import org.openide.awt.UndoRedo;
import org.openide.text.CloneableEditorSupport;
import org.openide.windows.CloneableOpenSupport;

/**
 * A Mapping-tab edit goes into a real editor support's document as one undo step of the support's own
 * undo manager (the tab's UndoRedo), and one undo restores the text exactly.
 */
class DocumentUndoTest {

    @Test
    void aVisualEditIsOneUndoStepThatRestoresTheText() throws Exception {
        Path file = Path.of("../../examples/mappings/eyeriss-like-conv1.hwmap.json").toAbsolutePath().normalize();
        String original = Files.readString(file);
        Support support = new Support(new Env(original));
        StyledDocument doc = support.openDocument();
        assertThat(doc.getText(0, doc.getLength())).isEqualTo(original);
        UndoRedo undo = DocumentUndo.undoRedo(support);
        assertThat(undo).isInstanceOf(UndoRedo.Manager.class).isNotSameAs(UndoRedo.NONE);
        assertThat(undo.canUndo()).isFalse();

        // the edit the loop table makes: DRAM K4 -> K2 (level 0, loop 2), written as the view writes it
        Mapping m = MappingSource.parse(file, original).mapping();
        String edited = MappingDocument.toText(MappingEdits.setTemporalFactor(m, 0, 2, 2));
        assertThat(edited).isNotEqualTo(original);
        SwingUtilities.invokeAndWait(() -> {
            try {
                DocumentUndo.replace(doc, undo, edited);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(doc.getText(0, doc.getLength())).isEqualTo(edited);
        assertThat(undo.canUndo()).isTrue();
        assertThat(support.isModified()).isTrue();

        SwingUtilities.invokeAndWait(undo::undo); // Ctrl+Z once
        assertThat(doc.getText(0, doc.getLength())).isEqualTo(original);
        assertThat(undo.canUndo()).as("one step, not a remove and an insert").isFalse();
        SwingUtilities.invokeAndWait(undo::redo);
        assertThat(doc.getText(0, doc.getLength())).isEqualTo(edited);
    }

    /** An editor support over a string, as the platform's DataEditorSupport is over a file. */
    private static final class Support extends CloneableEditorSupport {
        Support(Env env) {
            super(env);
        }

        @Override
        protected String messageSave() {
            return "save";
        }

        @Override
        protected String messageName() {
            return "mapping";
        }

        @Override
        protected String messageToolTip() {
            return "mapping";
        }

        @Override
        protected String messageOpening() {
            return "opening";
        }

        @Override
        protected String messageOpened() {
            return "opened";
        }
    }

    private static final class Env implements CloneableEditorSupport.Env {
        private static final long serialVersionUID = 1L;
        private final String text;
        private transient CloneableOpenSupport support;
        private boolean modified;

        Env(String text) {
            this.text = text;
        }

        @Override
        public InputStream inputStream() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public OutputStream outputStream() {
            return new ByteArrayOutputStream();
        }

        @Override
        public Date getTime() {
            return new Date(0);
        }

        @Override
        public String getMimeType() {
            return "text/plain";
        }

        @Override
        public void addPropertyChangeListener(PropertyChangeListener l) {
        }

        @Override
        public void removePropertyChangeListener(PropertyChangeListener l) {
        }

        @Override
        public void addVetoableChangeListener(VetoableChangeListener l) {
        }

        @Override
        public void removeVetoableChangeListener(VetoableChangeListener l) {
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public boolean isModified() {
            return modified;
        }

        @Override
        public void markModified() {
            modified = true;
        }

        @Override
        public void unmarkModified() {
            modified = false;
        }

        @Override
        public CloneableOpenSupport findCloneableOpenSupport() {
            return support;
        }
    }
}
