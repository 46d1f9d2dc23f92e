package org.hwnas.mappingui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellRenderer;
import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.mapper.Objective;
import org.hwnas.mappingui.model.Fmt;
import org.hwnas.mappingui.model.MappingEvaluation;
import org.hwnas.mappingui.model.NetworkLayerTable;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * Network x accelerator: maps every compute layer with the mapper (background, with progress), shows the
 * per-layer table (sortable; layers sharing the network's critical bottleneck highlighted; CSV export) and
 * the selected layer in a {@link LayerMappingPanel}, whose edits re-evaluate that layer at once. A layer
 * can be written as a {@code *.hwmap.json} next to the network and opened in the mapping editor.
 */
@TopComponent.Description(preferredID = "NetworkMappingTopComponent", iconBase = "org/hwnas/mappingui/mapping.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@org.openide.awt.ActionID(category = "Window", id = "org.hwnas.mappingui.NetworkMappingTopComponent")
@org.openide.awt.ActionReference(path = "Menu/Window", position = 1310)
@TopComponent.OpenActionRegistration(displayName = "#CTL_NetworkMappingAction", preferredID = "NetworkMappingTopComponent")
@Messages({
    "CTL_NetworkMappingAction=Network Mapping",
    "LBL_NetworkMapping=Network mapping",
    "LBL_NetworkMappingOf={0} on {1}",
    "LBL_Network=Network:",
    "LBL_Accelerator=Accelerator:",
    "LBL_Objective=Objective:",
    "LBL_Browse=...",
    "LBL_Map=Map layers",
    "LBL_ExportCsv=Export CSV...",
    "LBL_OpenLayer=Open layer as mapping document",
    "MSG_Mapping=Mapping {0} on {1}",
    "MSG_Mapped=<html>{0} layers: {1} cycles, {2}, EDP {3}; critical bottleneck <b>{4}</b> ({5} of the cycles, highlighted)</html>",
    "ERR_Cannot=<html><font color='#c00000'>{0}</font></html>",
    "COL_Index=#", "COL_Layer=Layer", "COL_Shape=K x C x P x Q x R x S", "COL_Cycles=Cycles", "COL_Energy=Energy (pJ)",
    "COL_Edp=EDP (J x cycles)", "COL_Util=Utilization", "COL_Bound=Bound"
})
public final class NetworkMappingTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor RP = new RequestProcessor("hwnas-network-mapping", 1, true); // NOI18N
    private static final Color CRITICAL = new Color(0xFFE0B2);

    private final JTextField network = new JTextField(28);
    private final JTextField accelerator = new JTextField(28);
    private final JComboBox<Objective> objective = new JComboBox<>(Objective.values());
    private final JLabel status = new JLabel(" ");
    private final RowsModel rows = new RowsModel();
    private final JTable table;
    private final LayerMappingPanel layer;
    private transient NetworkLayerTable result;
    private transient Accelerator accel;
    private transient org.hwnas.mappingui.api.TrialOrigin origin;
    private transient MapperOptions mapped;
    private final javax.swing.JTextArea note = new javax.swing.JTextArea(); // wraps at the window's width

    public NetworkMappingTopComponent() {
        setName(Bundle.LBL_NetworkMapping());
        setLayout(new BorderLayout(4, 4));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        top.add(new JLabel(Bundle.LBL_Network()));
        top.add(network);
        top.add(browse(network, ".hwnet.json"));
        top.add(new JLabel(Bundle.LBL_Accelerator()));
        top.add(accelerator);
        top.add(browse(accelerator, ".hwacc.json"));
        top.add(new JLabel(Bundle.LBL_Objective()));
        top.add(objective);
        JButton map = new JButton(Bundle.LBL_Map());
        map.addActionListener(e -> map());
        top.add(map);
        JButton csv = new JButton(Bundle.LBL_ExportCsv());
        csv.addActionListener(e -> exportCsv());
        top.add(csv);
        JButton open = new JButton(Bundle.LBL_OpenLayer());
        open.addActionListener(e -> openSelectedLayer());
        top.add(open);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        north.add(status, BorderLayout.CENTER);
        note.setVisible(false);
        note.setEditable(false);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setFont(status.getFont());
        note.setOpaque(true);
        note.setBackground(new java.awt.Color(0xFFF8E1));
        note.setBorder(javax.swing.BorderFactory.createEmptyBorder(3, 6, 3, 6));
        north.add(note, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);

        table = new JTable(rows) {
            private static final long serialVersionUID = 1L;

            @Override
            public Component prepareRenderer(TableCellRenderer r, int row, int column) {
                Component c = super.prepareRenderer(r, row, column);
                if (!isRowSelected(row) && result != null) {
                    NetworkLayerTable.Row x = result.rows().get(convertRowIndexToModel(row));
                    c.setBackground(result.critical(x) ? CRITICAL : getBackground());
                }
                return c;
            }
        };
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        layer = new LayerMappingPanel(this::edited);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), layer);
        split.setResizeWeight(0.3);
        add(split, BorderLayout.CENTER);
    }

    /** A search trial's mapping: map as its cost measures did (where they used the mapper) and say how. */
    void setOrigin(org.hwnas.mappingui.api.TrialOrigin o) {
        this.origin = o;
        if (o != null) {
            objective.setSelectedItem(o.mapperOptions().objective());
        }
    }

    /** Sets the two documents and starts mapping. */
    void setDocuments(File net, File acc) {
        network.setText(net.getAbsolutePath());
        accelerator.setText(acc.getAbsolutePath());
        setName(Bundle.LBL_NetworkMappingOf(net.getName(), acc.getName()));
        map();
    }

    /** Presets one document (the other is chosen in the window); maps when both are set. */
    void preset(File net, File acc) {
        if (net != null) {
            network.setText(net.getAbsolutePath());
        }
        if (acc != null) {
            accelerator.setText(acc.getAbsolutePath());
        }
        if (!network.getText().isBlank() && !accelerator.getText().isBlank()) {
            map();
        }
    }

    private JButton browse(JTextField target, String suffix) {
        JButton b = new JButton(Bundle.LBL_Browse());
        b.addActionListener(e -> {
            File f = new FileChooserBuilder(NetworkMappingTopComponent.class).setTitle(suffix)
                    .setFileFilter(new javax.swing.filechooser.FileFilter() {
                        @Override
                        public boolean accept(File x) {
                            return x.isDirectory() || x.getName().endsWith(suffix);
                        }

                        @Override
                        public String getDescription() {
                            return "*" + suffix; // NOI18N
                        }
                    }).showOpenDialog();
            if (f != null) {
                target.setText(f.getAbsolutePath());
            }
        });
        return b;
    }

    private void map() {
        Path netFile = Path.of(network.getText().trim());
        Path accFile = Path.of(accelerator.getText().trim());
        MapperOptions base = origin != null ? origin.mapperOptions() : MapperOptions.defaults();
        MapperOptions options = base.withObjective((Objective) objective.getSelectedItem());
        status.setText(Bundle.MSG_Mapping(netFile.getFileName(), accFile.getFileName()));
        ProgressHandle ph = ProgressHandle.createHandle(Bundle.MSG_Mapping(netFile.getFileName(), accFile.getFileName()));
        RP.post(() -> {
            ph.start();
            ph.switchToIndeterminate();
            try {
                Network net = NetworkDocument.read(netFile);
                Accelerator acc = AcceleratorDocument.read(accFile);
                NetworkLayerTable t = NetworkLayerTable.map(net, acc, options);
                SwingUtilities.invokeLater(() -> {
                    mapped = options;
                    showResult(acc, t);
                });
            } catch (DocumentException e) {
                List<String> lines = new ArrayList<>();
                e.problems().forEach(p -> lines.add(p.toString()));
                fail(String.join("<br>", lines));
            } catch (CostException e) {
                fail(String.join("<br>", e.reasons()));
            } catch (RuntimeException e) {
                fail(String.valueOf(e.getMessage()));
            } finally {
                ph.finish();
            }
        });
    }

    private void fail(String html) {
        SwingUtilities.invokeLater(() -> status.setText(Bundle.ERR_Cannot(html)));
    }

    private void showResult(Accelerator acc, NetworkLayerTable t) {
        this.accel = acc;
        this.result = t;
        rows.fireTableDataChanged();
        long critical = t.cyclesByBound().getOrDefault(t.criticalBound(), 0L);
        status.setText(Bundle.MSG_Mapped(t.rows().size(), Fmt.count(t.totalCycles()), Fmt.energy(t.totalEnergyPj()),
                Fmt.edp(t.totalEdp()), t.criticalBound(), Fmt.percent(t.totalCycles() == 0 ? 0 : (double) critical / t.totalCycles())));
        if (!t.rows().isEmpty()) {
            table.getSelectionModel().setSelectionInterval(0, 0);
        }
        if (origin != null) {
            String text = origin.note(mapped, t.totalCycles(), t.totalEnergyPj(), t.totalEdp());
            note.setText(text);
            note.setVisible(true);
            java.util.logging.Logger.getLogger(NetworkMappingTopComponent.class.getName()).log(java.util.logging.Level.INFO,
                    "hwnas.mapping trial note: {0}", text); // NOI18N
        }
        java.util.logging.Logger.getLogger(NetworkMappingTopComponent.class.getName()).log(java.util.logging.Level.INFO,
                "hwnas.mapping network {0} on {1}: {2} layers, {3} cycles, critical bottleneck {4}", // NOI18N
                new Object[] {Path.of(network.getText().trim()).getFileName(), acc.name(), t.rows().size(),
                    Fmt.count(t.totalCycles()), t.criticalBound()});
    }

    private NetworkLayerTable.Row selected() {
        int row = table.getSelectedRow();
        return row < 0 || result == null ? null : result.rows().get(table.convertRowIndexToModel(row));
    }

    private void showSelected() {
        NetworkLayerTable.Row r = selected();
        if (r != null) {
            layer.show(MappingEvaluation.of(accel, withName(r.mapping(), r.layer())));
        }
    }

    private static Mapping withName(Mapping m, String name) {
        return new Mapping(name, m.bounds(), m.levels(), m.spatial(), m.accelerator());
    }

    /** A loop edit of the selected layer: re-evaluate now; the table keeps the mapper's numbers. */
    private void edited(Mapping m) {
        layer.show(MappingEvaluation.of(accel, m));
    }

    private void exportCsv() {
        if (result == null) {
            return;
        }
        File f = new FileChooserBuilder(NetworkMappingTopComponent.class.getName() + ".csv").setTitle(Bundle.LBL_ExportCsv())
                .showSaveDialog();
        if (f != null) {
            try {
                Files.writeString(f.toPath(), result.toCsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                status.setText(Bundle.ERR_Cannot(f + ": " + e.getMessage()));
            }
        }
    }

    /** Writes the selected layer's mapping next to the network (accelerator referenced relatively) and opens it. */
    private void openSelectedLayer() {
        NetworkLayerTable.Row r = selected();
        if (r == null) {
            return;
        }
        try {
            Path net = Path.of(network.getText().trim()).toAbsolutePath();
            Path acc = Path.of(accelerator.getText().trim()).toAbsolutePath();
            String base = net.getFileName().toString().replace(".hwnet.json", "");
            Path out = net.resolveSibling(base + "-" + r.layer().replaceAll("[^A-Za-z0-9_.-]", "_") + MappingDataObject.SUFFIX);
            String ref = out.getParent().relativize(acc).toString().replace(File.separatorChar, '/');
            Mapping m = new Mapping(r.layer(), r.bounds(), r.mapping().levels(), r.mapping().spatial(), ref);
            MappingDocument.write(m, out);
            open(out.toFile());
        } catch (IOException e) {
            status.setText(Bundle.ERR_Cannot(e.getMessage()));
        }
    }

    /** Opens a file through its DataObject (whatever editor is registered for it). */
    static void open(File f) throws IOException {
        FileObject fo = FileUtil.toFileObject(FileUtil.normalizeFile(f));
        if (fo == null) {
            throw new IOException(f + ": not found");
        }
        OpenCookie oc = DataObject.find(fo).getLookup().lookup(OpenCookie.class);
        if (oc != null) {
            oc.open();
        }
    }

    private final class RowsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;

        @Override
        public int getRowCount() {
            return result == null ? 0 : result.rows().size();
        }

        @Override
        public int getColumnCount() {
            return 8;
        }

        @Override
        public String getColumnName(int c) {
            return switch (c) {
                case 0 -> Bundle.COL_Index();
                case 1 -> Bundle.COL_Layer();
                case 2 -> Bundle.COL_Shape();
                case 3 -> Bundle.COL_Cycles();
                case 4 -> Bundle.COL_Energy();
                case 5 -> Bundle.COL_Edp();
                case 6 -> Bundle.COL_Util();
                default -> Bundle.COL_Bound();
            };
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return switch (c) {
                case 0 -> Integer.class;
                case 3 -> Long.class;
                case 4, 5, 6 -> Double.class;
                default -> String.class;
            };
        }

        @Override
        public Object getValueAt(int row, int c) {
            NetworkLayerTable.Row r = result.rows().get(row);
            var b = r.bounds();
            return switch (c) {
                case 0 -> r.index();
                case 1 -> r.layer();
                case 2 -> (b.g() > 1 ? "G" + b.g() + " " : "") + b.k() + "x" + b.c() + "x" + b.p() + "x" + b.q() + "x" + b.r() + "x" + b.s();
                case 3 -> r.cycles();
                case 4 -> r.energyPj();
                case 5 -> r.edp();
                case 6 -> r.utilization();
                default -> r.bound().label();
            };
        }
    }

}
