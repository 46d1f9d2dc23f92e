package org.hwnas.acceleratorui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.beans.PropertyChangeListener;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.UndoableEditListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyledDocument;
import org.hwnas.acceleratorui.edit.AcceleratorEdits;
import org.hwnas.acceleratorui.edit.EditRefusedException;
import org.hwnas.acceleratorui.edit.Inputs;
import org.hwnas.acceleratorui.sync.DocumentBinding;
import org.hwnas.acceleratorui.view.MemoryHierarchyView;
import org.hwnas.acceleratorui.view.PeArrayView;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.Problem;
import org.netbeans.core.spi.multiview.CloseOperationState;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.MultiViewElementCallback;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.awt.UndoRedo;
import org.openide.cookies.EditorCookie;
import org.openide.explorer.propertysheet.PropertySheet;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.nodes.Node;
import org.openide.text.DataEditorSupport;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.TopComponent;

/**
 * The Design view of an accelerator document: header (dataflow, clock, MAC energy, ...), the PE-array grid
 * with its resize handle, the memory hierarchy, a Properties sheet of the design and the summary panel.
 * The view holds no model of its own: it reads the design from the document through a
 * {@link DocumentBinding} and writes every edit back into the document (one undo step), so the Source
 * view, save, dirty state and undo/redo stay in sync. While the text does not parse, the problems are
 * shown instead of the design.
 */
@MultiViewElement.Registration(displayName = "#LBL_Accelerator_DESIGN", iconBase = AcceleratorDataObject.ICON,
        mimeType = AcceleratorDataObject.MIME, persistenceType = TopComponent.PERSISTENCE_NEVER,
        preferredID = "AcceleratorDesign", position = 1000)
@Messages({
    "LBL_Accelerator_DESIGN=Design",
    "# {0} - problem count", "MSG_Invalid=The document has {0} problem(s); fix them in the Source view:",
    "MSG_Loading=Loading...",
    "# {0} - reason", "ERR_Refused=Edit refused: {0}"
})
public final class AcceleratorDesignElement extends JPanel implements MultiViewElement, DesignEditor {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AcceleratorDesignElement.class.getName());
    private static final RequestProcessor RP = new RequestProcessor(AcceleratorDesignElement.class);
    /** Text edits are re-parsed once typing pauses this long. */
    private static final int REPARSE_MS = 400;

    private final transient DataObject dataObject;
    private final transient AcceleratorNode node;
    private final transient Lookup lookup;
    private final JLabel header = new JLabel(Bundle.MSG_Loading());
    private final PeArrayView arrayView = new PeArrayView();
    private final MemoryHierarchyView memoryView = new MemoryHierarchyView();
    private final PropertySheet sheet = new PropertySheet();
    private final SummaryPanel summary = new SummaryPanel();
    private final JTextArea problems = new JTextArea();
    private final JPanel cards = new JPanel(new java.awt.CardLayout());
    private final JToolBar toolbar = new JToolBar();
    private final JLabel status = new JLabel(" ");
    private final Timer reparse;
    private transient MultiViewElementCallback callback;
    private transient DocumentBinding binding;
    private transient UndoRedo undoRedo = UndoRedo.NONE;
    private final transient PropertyChangeListener titleListener = e -> {
        if (DataObject.PROP_MODIFIED.equals(e.getPropertyName())) {
            SwingUtilities.invokeLater(this::updateTitle);
        }
    };

    public AcceleratorDesignElement(Lookup lkp) {
        super(new BorderLayout());
        dataObject = lkp.lookup(DataObject.class);
        node = new AcceleratorNode(this, dataObject == null ? Lookup.EMPTY : dataObject.getLookup());
        lookup = new ProxyLookup(Lookups.fixed(node), dataObject == null ? Lookup.EMPTY : dataObject.getLookup());
        reparse = new Timer(REPARSE_MS, e -> parseNow());
        reparse.setRepeats(false);
        buildUi();
    }

    private void buildUi() {
        header.setBorder(BorderFactory.createEmptyBorder(8, 16, 0, 8));
        JPanel figures = new JPanel();
        figures.setLayout(new BoxLayout(figures, BoxLayout.X_AXIS));
        figures.setBackground(Color.WHITE);
        arrayView.setAlignmentY(TOP_ALIGNMENT);
        memoryView.setAlignmentY(TOP_ALIGNMENT);
        figures.add(arrayView);
        figures.add(memoryView);
        figures.add(Box.createHorizontalGlue());
        JPanel drawing = new JPanel(new BorderLayout());
        drawing.setBackground(Color.WHITE);
        drawing.add(header, BorderLayout.NORTH);
        drawing.add(figures, BorderLayout.CENTER);
        arrayView.setResizeListener((rows, cols) -> editFromView(a -> AcceleratorEdits.resizeArray(a, rows, cols)));
        JScrollPane drawingScroll = new JScrollPane(drawing);
        drawingScroll.getVerticalScrollBar().setUnitIncrement(16);
        drawingScroll.getHorizontalScrollBar().setUnitIncrement(16);
        drawingScroll.setBorder(BorderFactory.createEmptyBorder());
        JSplitPane lower = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, summary, sheet);
        lower.setResizeWeight(0.65);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, drawingScroll, lower);
        split.setResizeWeight(0.6);
        split.setDividerLocation(330);
        problems.setEditable(false);
        problems.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        problems.setForeground(new Color(0xA00000));
        cards.add(new JLabel(Bundle.MSG_Loading(), JLabel.CENTER), "loading"); // NOI18N
        cards.add(split, "design"); // NOI18N
        cards.add(new JScrollPane(problems), "problems"); // NOI18N
        add(cards, BorderLayout.CENTER);
        toolbar.setFloatable(false);
        toolbar.add(status);
        sheet.setDescriptionAreaVisible(false);
        SwingUtilities.invokeLater(() -> lower.setDividerLocation(0.62));
    }

    // ---- DesignEditor ------------------------------------------------------------------

    @Override
    public Accelerator current() {
        return binding == null ? null : binding.accelerator();
    }

    @Override
    public void edit(Edit e) throws EditRefusedException {
        Accelerator a = current();
        if (a == null) {
            throw new EditRefusedException("", "the document is not a valid design; fix it in the Source view");
        }
        if (reparse.isRunning()) {   // pending text edits first, so they are not overwritten
            reparse.stop();
            a = binding.parse() instanceof DocumentBinding.Valid v ? v.accelerator() : null;
            if (a == null) {
                throw new EditRefusedException("", "the document is not a valid design; fix it in the Source view");
            }
        }
        Accelerator next = e.apply(a);
        try {
            binding.apply(next);
        } catch (BadLocationException ex) {
            throw new EditRefusedException("", "the document could not be changed: " + ex.getMessage());
        }
    }

    /** Direct-manipulation edits report a refusal in a message box (there is no cell to reject the value). */
    private void editFromView(Edit e) {
        try {
            edit(e);
        } catch (EditRefusedException ex) {
            StatusDisplayer.getDefault().setStatusText(Bundle.ERR_Refused(ex.getMessage()));
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.ERR_Refused(ex.getMessage()),
                    NotifyDescriptor.WARNING_MESSAGE));
        }
    }

    // ---- document ----------------------------------------------------------------------

    private void attach() {
        EditorCookie ec = dataObject == null ? null : dataObject.getLookup().lookup(EditorCookie.class);
        if (ec == null || binding != null) {
            return;
        }
        RP.post(() -> {
            try {
                StyledDocument doc = ec.openDocument();
                SwingUtilities.invokeLater(() -> bind(doc));
            } catch (IOException ex) {
                SwingUtilities.invokeLater(() -> showProblems(List.of(new Problem(
                        dataObject.getPrimaryFile().getNameExt(), "", 0, 0, "cannot read: " + ex.getMessage()))));
            }
        });
    }

    private void bind(StyledDocument doc) {
        if (binding != null || callback == null) {
            return;
        }
        binding = new DocumentBinding(doc, dataObject.getPrimaryFile().getNameExt(), new NbEditTransaction());
        binding.onTextEdit(reparse::restart);
        binding.addListener(this::stateChanged);
        undoRedo = findUndoRedo(doc);
        File f = FileUtil.toFile(dataObject.getPrimaryFile());
        List<Path> dirs = new ArrayList<>();
        if (f != null) {
            dirs.add(f.toPath().getParent());
        }
        dirs.add(Path.of(System.getProperty("user.dir"))); // NOI18N
        String home = System.getProperty("netbeans.home"); // NOI18N
        if (home != null) {
            dirs.add(Path.of(home));
        }
        summary.setStartDirs(f == null ? Path.of(dataObject.getPrimaryFile().getPath()) : f.toPath(), dirs);
        DocumentBinding.State s = binding.parse();
        // one line per opened editor: the smoke test (scripts/smoke.d/20-accelerator.sh) waits for it
        LOG.log(Level.INFO, "hwnas.accelerator design view opened {0}: {1}", new Object[]{ // NOI18N
            dataObject.getPrimaryFile().getNameExt(), s instanceof DocumentBinding.Valid v
                    ? v.accelerator().name() + " " + (v.accelerator().array() == null ? "fpga" : v.accelerator().array().shape())
                    : "invalid (" + ((DocumentBinding.Invalid) s).problems().size() + " problems)"});
    }

    /**
     * The editor's undo manager (the one the Source view uses) listens to the document; returning it from
     * the Design view makes Edit > Undo in either view undo the same steps.
     */
    private static UndoRedo findUndoRedo(StyledDocument doc) {
        if (doc instanceof AbstractDocument ad) {
            for (UndoableEditListener l : ad.getUndoableEditListeners()) {
                if (l instanceof UndoRedo u) {
                    return u;
                }
            }
        }
        return UndoRedo.NONE;
    }

    private void parseNow() {
        if (binding != null) {
            binding.parse();
        }
    }

    private void stateChanged(DocumentBinding.State s) {
        if (s instanceof DocumentBinding.Valid v) {
            showDesign(v.accelerator());
        } else if (s instanceof DocumentBinding.Invalid inv) {
            showProblems(inv.problems());
        }
    }

    private void showDesign(Accelerator a) {
        header.setText(headerText(a));
        arrayView.setAccelerator(a);
        memoryView.setAccelerator(a);
        node.update(a);
        sheet.setNodes(new Node[]{node});
        summary.setAccelerator(a);
        status.setText(a.name() + "  \u2014  " + (a.array() == null ? "" : a.array().shape() + " PEs, ")
                + (a.levels().isEmpty() && a.fpga() != null ? "FPGA, " + a.fpga().dspCount() + " DSP slices"
                        : a.levels().size() + " memory levels"));
        ((java.awt.CardLayout) cards.getLayout()).show(cards, "design"); // NOI18N
    }

    static String headerText(Accelerator a) {
        String fpga = a.fpga() == null ? "" : String.format(Locale.ROOT,
                "<br>FPGA: <b>%,d DSP slices</b> (%d per MAC), <b>%,d bytes</b> block RAM, <b>%s GB/s</b> off-chip",
                a.fpga().dspCount(), a.fpga().dspPerMac(), a.fpga().bramBytes(), Inputs.number(a.fpga().offchipGBps()));
        return String.format(Locale.ROOT, "<html><font size='+1'><b>%s</b></font> &nbsp;(%s)<br>"
                + "dataflow <b>%s</b> &nbsp; clock <b>%s MHz</b> &nbsp; MAC energy <b>%s pJ</b><br>precision %d bits"
                + " &nbsp; energy table %s%s</html>", esc(a.name()), a.kind().key(), a.dataflow().key(),
                Inputs.number(a.clockMhz()), Inputs.number(a.macEnergyPj()), a.precisionBits(), a.energyTable().name(),
                fpga);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private void showProblems(List<Problem> ps) {
        StringBuilder b = new StringBuilder(Bundle.MSG_Invalid(ps.size())).append("\n\n");
        ps.forEach(p -> b.append(p).append('\n'));
        problems.setText(b.toString());
        problems.setCaretPosition(0);
        node.update(null);
        summary.cancel();
        status.setText(Bundle.MSG_Invalid(ps.size()));
        ((java.awt.CardLayout) cards.getLayout()).show(cards, "problems"); // NOI18N
    }

    // ---- MultiViewElement --------------------------------------------------------------

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
        return lookup;
    }

    @Override
    public void componentOpened() {
        attach();
        if (dataObject != null) {
            dataObject.addPropertyChangeListener(titleListener);
        }
    }

    /**
     * The tab title (file name, bold/asterisk when modified, like the Source view's) is set here: the
     * editor support titles the window only once its Source view exists.
     */
    private void updateTitle() {
        if (callback == null || dataObject == null) {
            return;
        }
        FileObject fo = dataObject.getPrimaryFile();
        boolean modified = dataObject.isModified();
        boolean readOnly = !fo.canWrite();
        String name = fo.getNameExt();
        callback.updateTitle(DataEditorSupport.annotateName(name, false, modified, readOnly));
        TopComponent tc = callback.getTopComponent();
        tc.setHtmlDisplayName(DataEditorSupport.annotateName(name, true, modified, readOnly));
        tc.setToolTipText(DataEditorSupport.toolTip(fo, modified, readOnly));
    }

    @Override
    public void componentClosed() {
        if (dataObject != null) {
            dataObject.removePropertyChangeListener(titleListener);
        }
        reparse.stop();
        summary.cancel();
        if (binding != null) {
            binding.detach();
            binding = null;
        }
    }

    @Override
    public void componentShowing() {
        if (binding == null) {
            attach();
        } else if (reparse.isRunning()) {
            reparse.stop();
            binding.parse();
        }
        if (callback != null) {
            callback.getTopComponent().setActivatedNodes(new Node[]{node});
        }
        updateTitle();
    }

    @Override
    public void componentHidden() {
        // the binding keeps listening: Source edits are parsed in the background for the next showing
    }

    @Override
    public void componentActivated() {
        // nothing to do: the node is activated in componentShowing
    }

    @Override
    public void componentDeactivated() {
        // nothing to do
    }

    @Override
    public UndoRedo getUndoRedo() {
        return undoRedo;
    }

    @Override
    public void setMultiViewCallback(MultiViewElementCallback cb) {
        callback = cb;
    }

    @Override
    public CloseOperationState canCloseElement() {
        return CloseOperationState.STATE_OK;
    }
}
