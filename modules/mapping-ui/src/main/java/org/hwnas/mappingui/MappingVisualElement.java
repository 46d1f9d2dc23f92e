package org.hwnas.mappingui;

import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyledDocument;
import org.hwnas.mappingui.model.MappingEvaluation;
import org.hwnas.mappingui.model.MappingSource;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.netbeans.core.spi.multiview.CloseOperationState;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.MultiViewElementCallback;
import org.openide.awt.UndoRedo;
import org.openide.cookies.EditorCookie;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The Mapping tab of a {@code *.hwmap.json}: parses the editor's text (saved or not), evaluates it with
 * the loopnest model against the accelerator the document references and shows {@link LayerMappingPanel}.
 * Edits in the panel rewrite the document text as one undo step of the editor support's undo manager,
 * which is this tab's UndoRedo too (Ctrl+Z here undoes the last visual edit); save and the modified mark
 * are the editor's. Changes of the text made elsewhere (the Source tab, an undo) are shown when this tab
 * shows, at once if it is showing.
 */
@Messages("LBL_Mapping_VISUAL=Mapping")
@MultiViewElement.Registration(displayName = "#LBL_Mapping_VISUAL", iconBase = "org/hwnas/mappingui/mapping.png",
        mimeType = MappingDataObject.MIME, persistenceType = TopComponent.PERSISTENCE_NEVER, preferredID = "MappingVisual",
        position = 1000)
public final class MappingVisualElement extends JPanel implements MultiViewElement {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MappingVisualElement.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("hwnas-mapping-view", 1); // NOI18N

    private final transient DataObject dob;
    private final LayerMappingPanel panel;
    private final JToolBar toolbar = new JToolBar();
    private transient MultiViewElementCallback callback;
    private transient Path file;
    private boolean writing;
    private boolean stale = true;
    private boolean showing;
    private transient StyledDocument listened;
    private final transient DocumentListener docListener = new DocumentListener() {
        @Override
        public void insertUpdate(DocumentEvent e) {
            changed();
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            changed();
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
            // attributes only
        }
    };

    public MappingVisualElement(Lookup lkp) {
        super(new BorderLayout());
        this.dob = lkp.lookup(DataObject.class);
        this.panel = new LayerMappingPanel(this::edited);
        add(panel, BorderLayout.CENTER);
        toolbar.setFloatable(false);
        File f = dob == null ? null : FileUtil.toFile(dob.getPrimaryFile());
        file = f == null ? Path.of(dob == null ? "mapping.hwmap.json" : dob.getPrimaryFile().getNameExt()) : f.toPath();
    }

    private void changed() {
        if (!writing) {
            stale = true;
            SwingUtilities.invokeLater(() -> { // after the whole change (an undo is a remove and an insert)
                if (stale && showing) {
                    reload();
                }
            });
        }
    }

    /** Reads the editor's text off the EDT and shows the result. */
    private void reload() {
        stale = false;
        EditorCookie ec = dob.getLookup().lookup(EditorCookie.class);
        RP.post(() -> {
            String text;
            try {
                StyledDocument doc = ec.openDocument();
                listen(doc);
                text = doc.getText(0, doc.getLength());
            } catch (java.io.IOException | BadLocationException ex) {
                SwingUtilities.invokeLater(() -> panel.showProblems(java.util.List.of(file + ": cannot read: " + ex.getMessage())));
                return;
            }
            MappingSource src = MappingSource.parse(file, text);
            MappingEvaluation eval = src.evaluate();
            SwingUtilities.invokeLater(() -> {
                if (eval != null) {
                    panel.show(eval);
                    LOG.log(Level.INFO, "hwnas.mapping shown {0}: {1}", new Object[] {file.getFileName(), // NOI18N
                        eval.valid() ? org.hwnas.mappingui.model.Fmt.count(eval.report().cycles()) + " cycles" // NOI18N
                        : "invalid: " + eval.problems().get(0)}); // NOI18N
                } else {
                    panel.showProblems(src.problems());
                }
            });
        });
    }

    private synchronized void listen(StyledDocument doc) {
        if (listened != doc) {
            if (listened != null) {
                listened.removeDocumentListener(docListener);
            }
            doc.addDocumentListener(docListener);
            listened = doc;
        }
    }

    /** An edit in the panel: rewrite the document, re-evaluate now. */
    private void edited(Mapping m) {
        MappingSource src = MappingSource.parse(file, currentText());
        if (src.accelerator() == null) {
            return;
        }
        panel.show(MappingEvaluation.of(src.accelerator(), m));
        String text = MappingDocument.toText(m);
        EditorCookie ec = dob.getLookup().lookup(EditorCookie.class);
        StyledDocument doc = ec.getDocument();
        if (doc == null) {
            return;
        }
        writing = true;
        try {
            DocumentUndo.replace(doc, DocumentUndo.undoRedo(ec), text);
        } catch (BadLocationException ex) {
            LOG.log(Level.INFO, "cannot rewrite " + file, ex); // NOI18N
        } finally {
            writing = false;
        }
    }

    private String currentText() {
        StyledDocument doc = dob.getLookup().lookup(EditorCookie.class).getDocument();
        try {
            return doc == null ? "" : doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            return "";
        }
    }

    @Override
    public JComponent getVisualRepresentation() {
        return this;
    }

    @Override
    public JComponent getToolbarRepresentation() {
        return toolbar;
    }

    @Override
    public Action[] getActions() {
        return callback == null ? new Action[0] : callback.createDefaultActions();
    }

    @Override
    public Lookup getLookup() {
        return dob.getLookup();
    }

    @Override
    public void componentOpened() {
        // loaded when first shown
    }

    @Override
    public void componentClosed() {
        panel.stopAnimation();
        synchronized (this) {
            if (listened != null) {
                listened.removeDocumentListener(docListener);
                listened = null;
            }
        }
    }

    @Override
    public void componentShowing() {
        showing = true;
        if (stale) {
            reload();
        }
    }

    @Override
    public void componentHidden() {
        showing = false;
        panel.stopAnimation();
    }

    @Override
    public void componentActivated() {
        // nothing to do
    }

    @Override
    public void componentDeactivated() {
        // nothing to do
    }

    @Override
    public UndoRedo getUndoRedo() {
        return dob == null ? UndoRedo.NONE : DocumentUndo.undoRedo(dob.getLookup().lookup(EditorCookie.class));
    }

    @Override
    public void setMultiViewCallback(MultiViewElementCallback cb) {
        this.callback = cb;
    }

    @Override
    public CloseOperationState canCloseElement() {
        return CloseOperationState.STATE_OK;
    }
}
