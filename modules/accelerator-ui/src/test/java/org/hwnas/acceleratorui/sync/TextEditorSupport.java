package org.hwnas.acceleratorui.sync;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.beans.VetoableChangeListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.swing.event.UndoableEditListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.Document;
import org.openide.awt.UndoRedo;
import org.openide.text.CloneableEditorSupport;
import org.openide.windows.CloneableOpenSupport;

/**
 * The platform's own editor support over an in-memory text, so tests see the real document, dirty flag
 * and undo manager (the one the Source view uses) without files or windows.
 */
final class TextEditorSupport extends CloneableEditorSupport {
    private final MemoryEnv env;

    private TextEditorSupport(MemoryEnv env) {
        super(env);
        this.env = env;
    }

    static TextEditorSupport of(String text) {
        MemoryEnv env = new MemoryEnv(text);
        TextEditorSupport s = new TextEditorSupport(env);
        env.support = s;
        return s;
    }

    boolean modified() {
        return env.modified;
    }

    /** The undo manager the support registered on its document. */
    static UndoRedo undoOf(Document doc) {
        for (UndoableEditListener l : ((AbstractDocument) doc).getUndoableEditListeners()) {
            if (l instanceof UndoRedo u) {
                return u;
            }
        }
        throw new AssertionError("no UndoRedo listens to the document");
    }

    /** The production kit, so the document is the one the editor really gets. */
    @Override
    protected javax.swing.text.EditorKit createEditorKit() {
        return org.hwnas.acceleratorui.NbEditTransactions.editorKit();
    }

    @Override
    protected String messageSave() {
        return "save";
    }

    @Override
    protected String messageName() {
        return "test.hwacc.json";
    }

    @Override
    protected String messageToolTip() {
        return "test";
    }

    @Override
    protected String messageOpening() {
        return "opening";
    }

    @Override
    protected String messageOpened() {
        return "opened";
    }

    private static final class MemoryEnv implements CloneableEditorSupport.Env {
        private static final long serialVersionUID = 1L;
        private final transient PropertyChangeSupport pcs = new PropertyChangeSupport(this);
        private String text;
        private boolean modified;
        private transient CloneableOpenSupport support;

        MemoryEnv(String text) {
            this.text = text;
        }

        @Override
        public InputStream inputStream() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public OutputStream outputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    text = toString(StandardCharsets.UTF_8);
                }
            };
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
            pcs.addPropertyChangeListener(l);
        }

        @Override
        public void removePropertyChangeListener(PropertyChangeListener l) {
            pcs.removePropertyChangeListener(l);
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
