package org.hwnas.acceleratorui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.DefaultTableCellRenderer;
import org.hwnas.acceleratorui.edit.Inputs;
import org.hwnas.acceleratorui.summary.DesignSummary;
import org.hwnas.acceleratorui.summary.Evaluation;
import org.hwnas.acceleratorui.summary.LayerTableModel;
import org.hwnas.acceleratorui.summary.NetworkChoices;
import org.hwnas.acceleratorui.summary.NetworkEvaluator;
import org.hwnas.acceleratorui.summary.NetworkLayers;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.mapper.MappingCache;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocumentException;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;

/**
 * Peak MACs/cycle, on-chip bytes and, for a chosen network, the per-layer utilization, latency and energy
 * from a cost model (the mapper picks mappings for {@code loopnest}). Re-evaluated as the design changes:
 * off the EDT on a private {@link RequestProcessor} (interruptible); a newer design cancels and supersedes
 * the running evaluation, and only the newest result is shown.
 */
@Messages({
    "LBL_Network=Network:",
    "LBL_Model=Cost model:",
    "LBL_NoNetwork=(none)",
    "LBL_Browse=Other network file...",
    "# {0} - network", "MSG_Evaluating=evaluating {0}...",
    "MSG_PickNetwork=Choose a network to see per-layer utilization, latency and energy."
})
final class SummaryPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SummaryPanel.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("hwnas-accelerator-eval", 1, true); // NOI18N
    private static final int DELAY_MS = 250;
    /** Preference key prefix; the network is remembered per accelerator document, not globally. */
    private static final String PREF_NETWORK = "network."; // NOI18N
    /** A fixed entry of the network chooser. */
    private record Choice(String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A network file; shown (and keyboard-selected) by its name, e.g. {@code alexnet}. */
    private record NetworkItem(Path path) {
        @Override
        public String toString() {
            return NetworkChoices.label(path);
        }
    }

    private static final Choice NONE = new Choice(Bundle.LBL_NoNetwork());
    private static final Choice BROWSE = new Choice(Bundle.LBL_Browse());

    private final JLabel figures = new JLabel();
    private final JLabel totals = new JLabel(" ");
    private final JComboBox<Object> network = new JComboBox<>();
    private final JComboBox<String> model = new JComboBox<>();
    private final LayerTableModel tableModel = new LayerTableModel();
    /** Mapped (design, layer shape) pairs kept before the cache starts afresh (each entry holds one mapping). */
    private static final int CACHE_LIMIT = 20_000;
    private transient MappingCache cache = new MappingCache();
    private transient NetworkEvaluator evaluator = new NetworkEvaluator(cache, NetworkEvaluator.LIVE_OPTIONS);
    private final transient Map<Path, Object> networks = new ConcurrentHashMap<>();  // NetworkLayers or error text
    private final AtomicLong generation = new AtomicLong();
    private transient RequestProcessor.Task task;
    private transient Accelerator accelerator;
    private transient List<Path> startDirs = List.of();
    private String prefKey = PREF_NETWORK;
    private boolean updatingCombos;

    SummaryPanel() {
        super(new BorderLayout(0, 4));
        setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(figures, BorderLayout.NORTH);
        JPanel choose = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        JLabel nl = new JLabel(Bundle.LBL_Network());
        nl.setDisplayedMnemonic('N');
        nl.setLabelFor(network);
        choose.add(nl);
        choose.add(network);
        JLabel ml = new JLabel(Bundle.LBL_Model());
        ml.setLabelFor(model);
        choose.add(ml);
        choose.add(model);
        top.add(choose, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        JTable table = new JTable(tableModel);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        NumberRenderer nr = new NumberRenderer();
        table.setDefaultRenderer(Long.class, nr);
        table.setDefaultRenderer(Double.class, nr);
        int[] widths = {120, 95, 70, 85, 75, 70, 160};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(totals, BorderLayout.SOUTH);
        network.addActionListener(e -> networkChosen());
        model.addActionListener(e -> {
            if (!updatingCombos) {
                schedule();
            }
        });
        totals.setText(Bundle.MSG_PickNetwork());
    }

    /**
     * Folders to look for networks in (the document's folder first) and the document itself: the network
     * chosen for a document is chosen again when it is reopened (a document opened for the first time, e.g.
     * a search candidate, starts without one, so opening costs no evaluation).
     */
    void setStartDirs(Path document, List<Path> dirs) {
        prefKey = PREF_NETWORK + Integer.toHexString(String.valueOf(document).hashCode());
        startDirs = List.copyOf(dirs);
        RP.post(() -> {
            List<Path> found = NetworkChoices.find(startDirs);
            SwingUtilities.invokeLater(() -> fillNetworks(found));
        });
    }

    private void fillNetworks(List<Path> found) {
        updatingCombos = true;
        try {
            Object keep = network.getSelectedItem();
            DefaultComboBoxModel<Object> m = new DefaultComboBoxModel<>();
            m.addElement(NONE);
            found.forEach(p -> m.addElement(new NetworkItem(p)));
            if (keep instanceof NetworkItem n && !found.contains(n.path())) {
                m.addElement(n);
            }
            m.addElement(BROWSE);
            network.setModel(m);
            String last = NbPreferences.forModule(SummaryPanel.class).get(prefKey, "");
            Object select = keep instanceof NetworkItem ? keep : NONE;
            for (Path p : found) {
                if (select == NONE && p.toString().equals(last)) {
                    select = new NetworkItem(p);
                }
            }
            network.setSelectedItem(select);
        } finally {
            updatingCombos = false;
        }
        schedule();
    }

    private void networkChosen() {
        if (updatingCombos) {
            return;
        }
        Object v = network.getSelectedItem();
        if (v == BROWSE) {
            JFileChooser fc = new JFileChooser(startDirs.isEmpty() ? null : startDirs.get(0).toFile());
            fc.setFileFilter(new FileNameExtensionFilter("Networks (*.hwnet.json)", "json")); // NOI18N
            Path chosen = null;
            if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                File f = fc.getSelectedFile();
                chosen = f.toPath().toAbsolutePath().normalize();
            }
            updatingCombos = true;
            try {
                if (chosen != null) {
                    DefaultComboBoxModel<Object> m = (DefaultComboBoxModel<Object>) network.getModel();
                    NetworkItem item = new NetworkItem(chosen);
                    if (m.getIndexOf(item) < 0) {
                        m.insertElementAt(item, m.getSize() - 1);
                    }
                    network.setSelectedItem(item);
                } else {
                    network.setSelectedItem(NONE);
                }
            } finally {
                updatingCombos = false;
            }
            v = network.getSelectedItem();
        }
        NbPreferences.forModule(SummaryPanel.class).put(prefKey, v instanceof NetworkItem n ? n.path().toString() : "");
        schedule();
    }

    /** Chooses a network file (tests; the chooser does the same without remembering it). */
    void chooseNetwork(Path file) {
        updatingCombos = true;
        try {
            DefaultComboBoxModel<Object> m = new DefaultComboBoxModel<>(new Object[]{NONE, new NetworkItem(file), BROWSE});
            network.setModel(m);
            network.setSelectedIndex(1);
        } finally {
            updatingCombos = false;
        }
        schedule();
    }

    LayerTableModel tableModel() {
        return tableModel;
    }

    String totalsText() {
        return totals.getText();
    }

    /** A new design (on the EDT): figures now, the network evaluation after a short delay off the EDT. */
    void setAccelerator(Accelerator a) {
        accelerator = a;
        DesignSummary s = DesignSummary.of(a);
        figures.setText(String.format(Locale.ROOT,
                "<html><b>Peak</b> %,d MACs/cycle (%s GMAC/s at %s MHz) &nbsp; <b>On-chip storage</b> %,d bytes (%s)</html>",
                s.peakMacsPerCycle(), Inputs.number(s.peakGmacsPerSecond()), Inputs.number(a.clockMhz()), s.onChipBytes(),
                org.hwnas.acceleratorui.view.MemoryHierarchyView.bytes(s.onChipBytes())));
        updatingCombos = true;
        try {
            Object keep = model.getSelectedItem();
            List<String> ids = new ArrayList<>();
            NetworkEvaluator.modelsFor(a).forEach(m -> ids.add(m.id()));
            if (!ids.equals(modelIds())) {
                model.setModel(new DefaultComboBoxModel<>(ids.toArray(String[]::new)));
                if (keep != null && ids.contains(keep)) {
                    model.setSelectedItem(keep);
                } else {
                    NetworkEvaluator.defaultModel(a).ifPresent(m -> model.setSelectedItem(m.id()));
                }
            }
        } finally {
            updatingCombos = false;
        }
        schedule();
    }

    private List<String> modelIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < model.getItemCount(); i++) {
            ids.add(model.getItemAt(i));
        }
        return ids;
    }

    /** Cancels and supersedes the running evaluation. */
    void cancel() {
        generation.incrementAndGet();
        RequestProcessor.Task t = task;
        if (t != null) {
            t.cancel();
        }
    }

    private void schedule() {
        cancel();
        long gen = generation.get();
        Accelerator a = accelerator;
        Object net = network.getSelectedItem();
        String modelId = (String) model.getSelectedItem();
        if (a == null || !(net instanceof NetworkItem item) || modelId == null) {
            tableModel.setRows(List.of());
            totals.setText(a != null && modelId == null ? "No cost model supports this design."
                    : Bundle.MSG_PickNetwork());
            return;
        }
        Path path = item.path();
        totals.setText(Bundle.MSG_Evaluating(NetworkChoices.label(path)));
        task = RP.post(() -> evaluate(gen, a, path, modelId), DELAY_MS);
    }

    private void evaluate(long gen, Accelerator a, Path path, String modelId) {
        long t0 = System.nanoTime();
        try {
            Object n = networks.computeIfAbsent(path, p -> {
                try {
                    return NetworkLayers.read(p);
                } catch (DocumentException e) {
                    return e.getMessage();
                }
            });
            if (!(n instanceof NetworkLayers layers)) {
                show(gen, null, String.valueOf(n));
                return;
            }
            CostModel cm = NetworkEvaluator.modelsFor(a).stream().filter(m -> m.id().equals(modelId)).findFirst().orElse(null);
            if (cm == null) {
                show(gen, null, "cost model " + modelId + " does not support this design");
                return;
            }
            if (cache.size() > CACHE_LIMIT) {   // only the RP thread touches cache and evaluator
                cache = new MappingCache();
                evaluator = new NetworkEvaluator(cache, NetworkEvaluator.LIVE_OPTIONS);
            }
            Evaluation ev = evaluator.evaluate(a, layers.layers(), cm, () -> generation.get() != gen);
            double ms = (System.nanoTime() - t0) / 1e6;
            show(gen, ev, totalsText(layers, ev, a, ms));
        } catch (CancellationException e) {
            LOG.log(Level.FINE, "evaluation superseded", e); // NOI18N
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "evaluation failed", e); // NOI18N
            show(gen, null, "evaluation failed: " + e.getMessage());
        }
    }

    static String totalsText(NetworkLayers layers, Evaluation ev, Accelerator a, double ms) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<html><b>%s</b>: %d compute layers, %,d MACs, %,d cycles = %s ms at %s MHz, %s mJ, utilization %.1f %%, EDP %s J\u00b7cycles",
                layers.name(), ev.rows().size(), ev.macs(), ev.cycles(), fmt(ev.latencyUs() / 1000), Inputs.number(a.clockMhz()),
                fmt(ev.energyPj() * 1e-9), ev.utilization() * 100, fmt(ev.edp())));
        if (ev.failed() > 0) {
            b.append(" &nbsp;<font color='#b00000'>").append(ev.failed()).append(" layer(s) not evaluated</font>");
        }
        b.append(String.format(Locale.ROOT, " &nbsp;<font color='gray'>(%s%s, %.0f ms)</font></html>", ev.model(),
                ev.mapped() ? " + mapper" : "", ms));
        return b.toString();
    }

    private void show(long gen, Evaluation ev, String text) {
        SwingUtilities.invokeLater(() -> {
            if (generation.get() != gen) {
                return;   // a newer design superseded this result
            }
            tableModel.setRows(ev == null ? List.of() : ev.rows());
            totals.setText(text);
        });
    }

    static String fmt(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return String.valueOf(v == 0 ? "0" : v);
        }
        double abs = Math.abs(v);
        if (abs >= 1e6 || abs < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, abs >= 100 ? "%,.1f" : "%.3f", v);
    }

    /** Right-aligned, grouped numbers; percentages and energies with a few decimals. */
    private static final class NumberRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        NumberRenderer() {
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        protected void setValue(Object v) {
            if (v instanceof Long l) {
                setText(String.format(Locale.ROOT, "%,d", l));
            } else if (v instanceof Double d) {
                setText(String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.1f" : "%.3f", d));
            } else {
                setText(v == null ? "" : v.toString());
            }
        }
    }
}
