package org.hwnas.networkui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Point;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.swing.Action;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.StyledDocument;
import org.hwnas.model.doc.Problem;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.networkui.export.SvgExport;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.layout.DraftLayout;
import org.netbeans.core.spi.multiview.CloseOperationState;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.MultiViewElementCallback;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.awt.UndoRedo;
import org.openide.cookies.EditorCookie;
import org.openide.nodes.Node;
import org.openide.nodes.NodeOperation;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The Graph tab of a network document: the {@link NetworkScene} with a toolbar (add layer, zoom, fit,
 * export) and a side panel (bird's-eye view, search by name). It reads the editor document (re-parsed
 * shortly after every text change) and writes model edits back into it, so the Source tab, save, the
 * modified mark and undo/redo all see one document. Text that is not a network shows its problems instead
 * of the graph; a network with shape problems stays drawn, the broken layers marked.
 */
@MultiViewElement.Registration(displayName = "#LBL_Network_GRAPH", iconBase = NetworkDataObject.ICON,
        mimeType = NetworkDataObject.MIME, persistenceType = TopComponent.PERSISTENCE_NEVER,
        preferredID = "NetworkGraph", position = 1000)
@Messages({
    "LBL_Network_GRAPH=Graph",
    "LBL_Search=Find layer:",
    "LBL_Overview=Overview",
    "LBL_Problems=The text is not a valid network document; fix it in the Source view:",
    "CTL_AddLayer=Add Layer",
    "CTL_InsertAfter=Insert After",
    "CTL_Rename=Rename...",
    "CTL_Delete=Delete",
    "CTL_Disconnect=Disconnect Input",
    "CTL_Properties=Properties",
    "CTL_ZoomIn=Zoom In",
    "CTL_ZoomOut=Zoom Out",
    "CTL_Zoom100=100%",
    "CTL_Fit=Fit",
    "CTL_ExportPng=Export PNG...",
    "CTL_ExportSvg=Export SVG...",
    "LBL_RenameTitle=Rename Layer",
    "LBL_NewName=New name:",
    "# {0} - file", "MSG_Exported=Exported {0}"
})
public final class NetworkGraphElement extends JPanel implements MultiViewElement, NetworkScene.Editor {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NetworkGraphElement.class.getName());
    private static final RequestProcessor RP = new RequestProcessor(NetworkGraphElement.class.getName(), 1);
    private static final int REPARSE_DELAY_MS = 300;

    private final transient NetworkDataObject obj;
    private final transient NetworkScene scene = new NetworkScene();
    private final JComponent view;
    private final JToolBar toolbar = new JToolBar();
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final JTextArea problemsArea = new JTextArea();
    private final JTextField search = new JTextField(14);
    private final DefaultListModel<String> matches = new DefaultListModel<>();
    private final JList<String> matchList = new JList<>(matches);
    private transient MultiViewElementCallback callback;
    private transient StyledDocument doc;
    private transient NetworkDraft current;
    private transient boolean writing;
    private transient int generation;
    private transient long openStarted;
    private final Timer reparse;
    private final transient DocumentUndoRedo undoRedo = new DocumentUndoRedo();
    private final transient DocumentListener docListener = new DocumentListener() {
        @Override public void insertUpdate(DocumentEvent e) { changed(); }
        @Override public void removeUpdate(DocumentEvent e) { changed(); }
        @Override public void changedUpdate(DocumentEvent e) { }
    };

    public NetworkGraphElement(Lookup lkp) {
        super(new BorderLayout());
        obj = lkp.lookup(NetworkDataObject.class);
        scene.setEditor(this);
        view = scene.createView();
        reparse = new Timer(REPARSE_DELAY_MS, e -> reload());
        reparse.setRepeats(false);
        view.setFocusable(true);
        view.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                view.requestFocusInWindow(); // keys (Delete) go to the scene
            }
        });
        // Edit > Delete and the Delete key of the window system call the "delete" entry of the ActionMap
        getActionMap().put("delete", new javax.swing.AbstractAction() { // NOI18N
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                String sel = selectedLayer();
                if (sel != null) {
                    delete(sel);
                }
            }
        });

        JScrollPane scroll = new JScrollPane(view);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.getHorizontalScrollBar().setUnitIncrement(24);
        problemsArea.setEditable(false);
        problemsArea.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        JPanel problems = new JPanel(new BorderLayout(0, 6));
        problems.add(new JLabel(Bundle.LBL_Problems()), BorderLayout.NORTH);
        problems.add(new JScrollPane(problemsArea), BorderLayout.CENTER);
        center.add(scroll, "graph");
        center.add(problems, "problems");

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, center, sidePanel());
        split.setResizeWeight(1.0);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        buildToolbar();
    }

    private JComponent sidePanel() {
        JPanel side = new JPanel(new BorderLayout(0, 6));
        JComponent satellite = scene.createSatelliteView();
        JPanel sat = new JPanel(new BorderLayout());
        sat.add(new JLabel(Bundle.LBL_Overview()), BorderLayout.NORTH);
        sat.add(satellite, BorderLayout.CENTER);
        sat.setPreferredSize(new Dimension(230, 260));
        side.add(sat, BorderLayout.NORTH);
        JPanel find = new JPanel(new BorderLayout(0, 4));
        find.add(new JLabel(Bundle.LBL_Search()), BorderLayout.NORTH);
        find.add(search, BorderLayout.CENTER);
        JPanel findAndList = new JPanel(new BorderLayout(0, 4));
        findAndList.add(find, BorderLayout.NORTH);
        matchList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        findAndList.add(new JScrollPane(matchList), BorderLayout.CENTER);
        side.add(findAndList, BorderLayout.CENTER);
        side.setPreferredSize(new Dimension(240, 400));
        side.setMinimumSize(new Dimension(160, 200));
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { updateMatches(); }
            @Override public void removeUpdate(DocumentEvent e) { updateMatches(); }
            @Override public void changedUpdate(DocumentEvent e) { updateMatches(); }
        });
        search.addActionListener(e -> {
            if (!matches.isEmpty()) {
                matchList.setSelectedIndex(0);
            }
        });
        matchList.addListSelectionListener(e -> {
            String s = matchList.getSelectedValue();
            if (!e.getValueIsAdjusting() && s != null) {
                scene.reveal(s);
            }
        });
        return side;
    }

    private void updateMatches() {
        matches.clear();
        if (current == null) {
            return;
        }
        String q = search.getText().trim().toLowerCase(Locale.ROOT);
        for (Layer l : current.layers()) {
            if (q.isEmpty() || l.name().toLowerCase(Locale.ROOT).contains(q) || l.kind().key().contains(q)) {
                matches.addElement(l.name());
            }
        }
    }

    private void buildToolbar() {
        toolbar.setFloatable(false);
        JButton add = new JButton(Bundle.CTL_AddLayer() + " \u25be");
        add.addActionListener(e -> {
            JPopupMenu m = new JPopupMenu();
            String sel = selectedLayer();
            for (LayerKind k : LayerKind.values()) {
                JMenuItem it = new JMenuItem(k.key());
                it.addActionListener(a -> applyOrTell("Add " + k.key(),
                        d -> sel != null ? d.insertAfter(sel, k) : d.append(k)));
                m.add(it);
            }
            m.show(add, 0, add.getHeight());
        });
        toolbar.add(add);
        toolbar.addSeparator();
        toolbar.add(button(Bundle.CTL_ZoomIn(), () -> zoom(scene.getZoomFactor() * 1.25)));
        toolbar.add(button(Bundle.CTL_ZoomOut(), () -> zoom(scene.getZoomFactor() / 1.25)));
        toolbar.add(button(Bundle.CTL_Zoom100(), () -> zoom(1.0)));
        toolbar.add(button(Bundle.CTL_Fit(), scene::fit));
        toolbar.addSeparator();
        toolbar.add(button(Bundle.CTL_ExportPng(), () -> export("png")));
        toolbar.add(button(Bundle.CTL_ExportSvg(), () -> export("svg")));
    }

    private static JButton button(String text, Runnable r) {
        JButton b = new JButton(text);
        b.addActionListener(e -> r.run());
        return b;
    }

    private void zoom(double z) {
        scene.setZoomFactor(Math.max(0.05, Math.min(4, z)));
        scene.validate();
    }

    private String selectedLayer() {
        for (Object o : scene.getSelectedObjects()) {
            if (o instanceof String s && current != null && current.indexOf(s) >= 0) {
                return s;
            }
        }
        return null;
    }

    // ---- document <-> model ---------------------------------------------------------------------

    private void attach() {
        if (doc != null || obj == null) {
            return;
        }
        openStarted = System.nanoTime();
        EditorCookie ec = obj.getLookup().lookup(EditorCookie.class);
        RP.post(() -> {
            try {
                StyledDocument d = ec.openDocument();
                EventQueue.invokeLater(() -> {
                    if (doc == null) {
                        doc = d;
                        doc.addDocumentListener(docListener);
                        undoRedo.setDelegate(DocumentSync.undoRedo(doc));
                        reload();
                    }
                });
            } catch (IOException ex) {
                EventQueue.invokeLater(() -> showProblems(List.of(new Problem(obj.getPrimaryFile().getNameExt(), "", 0, 0,
                        "cannot read: " + ex.getLocalizedMessage()))));
            }
        });
    }

    private void changed() {
        if (!writing) {
            reparse.restart();
        }
    }

    /** Parses the document text off the EDT, then shows the result (newest wins). */
    private void reload() {
        if (doc == null) {
            return;
        }
        String text = DocumentSync.text(doc);
        int gen = ++generation;
        String label = obj.getPrimaryFile().getNameExt();
        RP.post(() -> {
            long t0 = System.nanoTime();
            DraftText.Read r = DraftText.read(label, text);
            DraftLayout l = r.draft().map(DraftLayout::of).orElse(null);
            long parsed = System.nanoTime() - t0;
            EventQueue.invokeLater(() -> {
                if (gen != generation) {
                    return;
                }
                if (r.draft().isPresent()) {
                    boolean first = current == null;
                    if (!first) {
                        LOG.log(Level.INFO, "network editor: {0} re-read from the text, {1} layers", // NOI18N
                                new Object[] {label, r.draft().get().layers().size()});
                    }
                    show(r.draft().get(), l);
                    if (first) {
                        String input = r.draft().get().inputName();
                        EventQueue.invokeLater(() -> scene.scrollTo(input)); // after the view has its size
                    }
                    if (first && openStarted != 0) {
                        logFirstPaint(label, r.draft().get(), parsed);
                    }
                } else {
                    showProblems(r.problems());
                }
            });
        });
    }

    private void logFirstPaint(String label, NetworkDraft d, long parseNanos) {
        long started = openStarted;
        openStarted = 0;
        scene.onNextPaint(() -> LOG.log(Level.INFO, "network editor: {0} with {1} layers shown; first paint {2} ms after opening (read + layout {3} ms)",
                new Object[] {label, d.layers().size(), (System.nanoTime() - started) / 1_000_000, parseNanos / 1_000_000}));
    }

    private void show(NetworkDraft d, DraftLayout l) {
        current = d;
        scene.show(d, l);
        scene.validate();
        cards.show(center, "graph");
        updateMatches();
        String sel = selectedLayer();
        selected(sel);
    }

    private void showProblems(List<Problem> problems) {
        current = null;
        StringBuilder b = new StringBuilder();
        problems.forEach(p -> b.append(p).append('\n'));
        problemsArea.setText(b.toString());
        problemsArea.setCaretPosition(0);
        cards.show(center, "problems");
        matches.clear();
        selected(null);
    }

    /** One model edit: rewrite the document (one undoable edit), redraw. Throws IllegalArgumentException if refused. */
    void apply(String what, UnaryOperator<NetworkDraft> edit) {
        if (current == null || doc == null) {
            throw new IllegalArgumentException("the document is not a valid network; fix it in the Source view first");
        }
        NetworkDraft next = edit.apply(current);
        if (next.equals(current)) {
            return;
        }
        writing = true;
        try {
            DocumentSync.replace(doc, DraftText.write(next), what);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        } finally {
            writing = false;
        }
        reparse.stop();
        generation++; // a pending parse of older text must not win
        show(next, DraftLayout.of(next));
        LOG.log(Level.INFO, "network editor: {0} in {1}, {2} layers", // NOI18N
                new Object[] {what, obj.getPrimaryFile().getNameExt(), next.layers().size()});
    }

    private void applyOrTell(String what, UnaryOperator<NetworkDraft> edit) {
        try {
            apply(what, edit);
        } catch (IllegalArgumentException e) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(what + ": " + e.getMessage(),
                    NotifyDescriptor.WARNING_MESSAGE));
        }
    }

    // ---- scene callbacks ------------------------------------------------------------------------

    @Override
    public void connect(String from, String to) {
        applyOrTell("Connect " + from + " \u2192 " + to, d -> d.connect(from, to));
    }

    @Override
    public void delete(String layer) {
        applyOrTell("Delete " + layer, d -> d.remove(layer));
    }

    @Override
    public void selected(String layer) {
        if (callback == null) {
            return;
        }
        Node n = layer != null && current != null && current.indexOf(layer) >= 0
                ? new LayerNode(current, layer, this::apply) : obj.getNodeDelegate();
        callback.getTopComponent().setActivatedNodes(new Node[] {n});
    }

    @Override
    public void popup(String layer, Point scenePoint, JPopupMenu menu) {
        if (current == null) {
            return;
        }
        if (layer != null && current.indexOf(layer) >= 0) {
            Layer l = current.layer(layer).orElseThrow();
            menu.add(item(Bundle.CTL_Properties(), () -> NodeOperation.getDefault().showProperties(new LayerNode(current, layer, this::apply))));
            menu.add(item(Bundle.CTL_Rename(), () -> rename(layer)));
            menu.add(item(Bundle.CTL_Delete(), () -> delete(layer)));
            JMenu insert = new JMenu(Bundle.CTL_InsertAfter());
            for (LayerKind k : LayerKind.values()) {
                insert.add(item(k.key(), () -> applyOrTell("Insert " + k.key(), d -> d.insertAfter(layer, k))));
            }
            menu.add(insert);
            if (l.inputs().size() > 1) {
                JMenu disc = new JMenu(Bundle.CTL_Disconnect());
                for (String in : l.inputs()) {
                    disc.add(item(in, () -> applyOrTell("Disconnect " + in, d -> d.disconnect(in, layer))));
                }
                menu.add(disc);
            }
            menu.addSeparator();
        } else if (layer == null) {
            JMenu add = new JMenu(Bundle.CTL_AddLayer());
            for (LayerKind k : LayerKind.values()) {
                add.add(item(k.key(), () -> applyOrTell("Add " + k.key(), d -> d.append(k))));
            }
            menu.add(add);
            menu.addSeparator();
        }
        menu.add(item(Bundle.CTL_Fit(), scene::fit));
        menu.add(item(Bundle.CTL_ExportPng(), () -> export("png")));
        menu.add(item(Bundle.CTL_ExportSvg(), () -> export("svg")));
    }

    private static JMenuItem item(String text, Runnable r) {
        JMenuItem it = new JMenuItem(text);
        it.addActionListener(e -> r.run());
        return it;
    }

    private void rename(String layer) {
        NotifyDescriptor.InputLine in = new NotifyDescriptor.InputLine(Bundle.LBL_NewName(), Bundle.LBL_RenameTitle());
        in.setInputText(layer);
        if (DialogDisplayer.getDefault().notify(in) == NotifyDescriptor.OK_OPTION) {
            applyOrTell("Rename " + layer, d -> d.rename(layer, in.getInputText().trim()));
        }
    }

    private void export(String ext) {
        if (current == null) {
            return;
        }
        JFileChooser fc = new JFileChooser(obj.getPrimaryFile().getParent() == null ? null
                : org.openide.filesystems.FileUtil.toFile(obj.getPrimaryFile().getParent()));
        fc.setSelectedFile(new File(current.name() + "." + ext));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File f = fc.getSelectedFile();
        NetworkDraft d = current;
        DraftLayout l = scene.layout();
        try {
            if (ext.equals("svg")) {
                Files.writeString(f.toPath(), SvgExport.toSvg(d, l), StandardCharsets.UTF_8);
            } else {
                ImageIO.write(ScenePainter.image(d, l, 1.0), "png", f);
            }
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Exported(f));
        } catch (IOException | RuntimeException e) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message("Cannot write " + f + ": " + e.getMessage(),
                    NotifyDescriptor.ERROR_MESSAGE));
        }
    }

    // ---- MultiViewElement -----------------------------------------------------------------------

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
        return obj.getLookup();
    }

    @Override
    public void componentOpened() {
    }

    @Override
    public void componentClosed() {
        if (doc != null) {
            doc.removeDocumentListener(docListener);
            doc = null;
            undoRedo.setDelegate(null);
        }
        reparse.stop();
    }

    @Override
    public void componentShowing() {
        if (doc == null) {
            attach();
        } else {
            reparse.stop();
            reload(); // the Source view may have changed the text
        }
    }

    @Override
    public void componentHidden() {
    }

    @Override
    public void componentActivated() {
    }

    @Override
    public void componentDeactivated() {
    }

    @Override
    public UndoRedo getUndoRedo() {
        return undoRedo;
    }

    @Override
    public void setMultiViewCallback(MultiViewElementCallback callback) {
        this.callback = callback;
    }

    @Override
    public CloseOperationState canCloseElement() {
        return CloseOperationState.STATE_OK;
    }

    NetworkScene scene() {
        return scene;
    }
}
