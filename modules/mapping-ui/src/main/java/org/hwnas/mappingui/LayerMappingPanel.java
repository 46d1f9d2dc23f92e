package org.hwnas.mappingui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import org.hwnas.cost.api.CostReport;
import org.hwnas.mappingui.model.Bound;
import org.hwnas.mappingui.model.Fmt;
import org.hwnas.mappingui.model.LevelBreakdown;
import org.hwnas.mappingui.model.LoopListing;
import org.hwnas.mappingui.model.MappingEvaluation;
import org.hwnas.mappingui.model.PeArrayModel;
import org.hwnas.mappingui.model.TilingBars;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Tensor;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openide.util.NbBundle.Messages;

/**
 * Everything about one layer's mapping: summary (cycles with the bound, utilization, energy, EDP), the
 * loop listing and an editable loop table, tiling bars, stacked bar charts of accesses and energy per
 * level and operand (JFreeChart), the PE array with its step-through, and the access table. Edits go to
 * the {@code onEdit} callback, which re-evaluates and calls {@link #show} again. EDT only.
 */
@Messages({
    "LBL_Outer=Move outwards",
    "LBL_Inner=Move inwards",
    "LBL_Accesses=Accesses per level (all instances)",
    "LBL_Energy=Energy per level (pJ)",
    "LBL_Tiling=Tiling per dimension (log scale, outermost left)",
    "LBL_PeArray=PE array",
    "LBL_Overview=Overview",
    "LBL_AccessTable=Access table",
    "LBL_Invalid=<html><b><font color='#c00000'>Invalid mapping</font></b>: {0}</html>"
})
public final class LayerMappingPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel summary = new JLabel(" ");
    private final JTextArea listing = new JTextArea(24, 44);
    private final JTextArea problems = new JTextArea();
    private final JTextArea accessTable = new JTextArea();
    private final LoopTableModel loops;
    private final JTable loopTable;
    private final DefaultCategoryDataset accesses = new DefaultCategoryDataset();
    private final DefaultCategoryDataset energy = new DefaultCategoryDataset();
    private final TilingBarsComponent tiling = new TilingBarsComponent();
    private final PeArrayComponent pe = new PeArrayComponent();
    private final boolean editable;
    /** Below this the overview (PE array, charts, tiling) scrolls rather than squeezing its four panes to nothing. */
    static final Dimension OVERVIEW_MIN = new Dimension(360, 500);

    /** @param onEdit receives an edited mapping; null = read-only */
    public LayerMappingPanel(Consumer<Mapping> onEdit) {
        super(new BorderLayout(4, 4));
        this.editable = onEdit != null;
        this.loops = new LoopTableModel(onEdit == null ? m -> { } : onEdit);
        this.loopTable = new JTable(loops);
        loopTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        Font mono = new Font(Font.MONOSPACED, Font.PLAIN, 12);
        listing.setFont(mono);
        listing.setEditable(false);
        accessTable.setFont(mono);
        accessTable.setEditable(false);
        problems.setEditable(false);
        problems.setForeground(new Color(0xC00000));
        problems.setLineWrap(true);
        problems.setWrapStyleWord(true);
        summary.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(summary, BorderLayout.NORTH);

        JPanel left = new JPanel(new BorderLayout());
        JPanel editor = loopEditor();
        editor.setPreferredSize(new Dimension(300, 170));
        JSplitPane leftSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(listing), editor);
        leftSplit.setResizeWeight(0.65);
        left.add(leftSplit, BorderLayout.CENTER);
        left.add(problems, BorderLayout.SOUTH);
        left.setPreferredSize(new Dimension(360, 400));

        // PE array first: in a small pane the overview scrolls from the top left
        JPanel grid = new MinSizePanel(new GridLayout(2, 2, 4, 4), OVERVIEW_MIN);
        grid.add(titled(Bundle.LBL_PeArray(), pe));
        grid.add(chart(Bundle.LBL_Accesses(), accesses));
        grid.add(titled(Bundle.LBL_Tiling(), new JScrollPane(tiling)));
        grid.add(chart(Bundle.LBL_Energy(), energy));
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(Bundle.LBL_Overview(), new JScrollPane(grid));
        tabs.addTab(Bundle.LBL_AccessTable(), new JScrollPane(accessTable));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, tabs);
        split.setResizeWeight(0.3);
        add(split, BorderLayout.CENTER);
    }

    private JPanel loopEditor() {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JScrollPane(loopTable), BorderLayout.CENTER);
        if (editable) {
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
            JButton outer = new JButton(Bundle.LBL_Outer());
            JButton inner = new JButton(Bundle.LBL_Inner());
            outer.addActionListener(e -> move(-1));
            inner.addActionListener(e -> move(1));
            buttons.add(outer);
            buttons.add(inner);
            p.add(buttons, BorderLayout.SOUTH);
        }
        return p;
    }

    private void move(int delta) {
        int row = loopTable.getSelectedRow();
        if (row < 0) {
            return;
        }
        int to = loops.move(row, delta);
        if (to >= 0 && to < loopTable.getRowCount()) {
            loopTable.getSelectionModel().setSelectionInterval(to, to);
        }
    }

    /** A panel that fills its viewport down to a minimum size and scrolls below it. */
    static final class MinSizePanel extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;
        private final Dimension min;

        MinSizePanel(java.awt.LayoutManager layout, Dimension min) {
            super(layout);
            this.min = min;
        }

        /** The size used in a direction the viewport is too small for: the minimum. */
        @Override
        public Dimension getPreferredSize() {
            return new Dimension(min);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            Dimension d = super.getPreferredSize();
            return new Dimension(Math.max(d.width, min.width), Math.max(d.height, min.height));
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return orientation == javax.swing.SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() instanceof javax.swing.JViewport v && v.getWidth() >= min.width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof javax.swing.JViewport v && v.getHeight() >= min.height;
        }
    }

    private static JPanel titled(String title, java.awt.Component c) {
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createTitledBorder(title));
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    private static ChartPanel chart(String title, DefaultCategoryDataset data) {
        // the title names the unit: no range-axis label, small fonts, so the chart still draws in a small pane
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, true, false);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(12f));
        chart.getLegend().setItemFont(chart.getLegend().getItemFont().deriveFont(10f));
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(chart.getCategoryPlot().getDomainAxis().getTickLabelFont().deriveFont(10f));
        chart.getCategoryPlot().getRangeAxis().setTickLabelFont(chart.getCategoryPlot().getRangeAxis().getTickLabelFont().deriveFont(10f));
        ChartPanel p = new ChartPanel(chart);
        p.setPreferredSize(new Dimension(320, 220));
        p.setMinimumDrawWidth(100);
        p.setMinimumDrawHeight(60);
        return p;
    }

    /** Shows an evaluated mapping: numbers when valid, the reasons when not (the mapping itself either way). */
    public void show(MappingEvaluation e) {
        Mapping m = e.mapping();
        CostReport r = e.report();
        listing.setText(LoopListing.text(m, e.accelerator(), r));
        listing.setCaretPosition(0);
        loops.setMapping(m, editable);
        tiling.setBars(TilingBars.of(m, e.accelerator()));
        accesses.clear();
        energy.clear();
        if (r == null) {
            summary.setText(Bundle.LBL_Invalid(escape(e.problems().isEmpty() ? "" : e.problems().get(0))));
            problems.setText(String.join("\n", e.problems()));
            accessTable.setText("");
            pe.setModel(PeArrayModel.of(m, e.accelerator(), null));
            return;
        }
        problems.setText("");
        Bound b = Bound.of(r);
        summary.setText("<html><b>" + escape(m.layerName().isEmpty() ? "layer" : m.layerName()) + "</b> on <b>"
                + escape(e.accelerator().name()) + "</b>: " + Fmt.count(r.cycles()) + " cycles, bound: <b>" + b.label()
                + "</b> (compute " + Fmt.count(r.computeCycles()) + ") &nbsp; utilization " + Fmt.percent(r.utilization())
                + " (" + r.utilizedPes() + " of " + r.totalPes() + " PEs) &nbsp; energy " + Fmt.energy(r.energyPj())
                + " &nbsp; EDP " + Fmt.edp(r.edp()) + "</html>");
        LevelBreakdown lb = LevelBreakdown.of(r);
        for (String level : lb.levels()) {
            for (Tensor t : Tensor.values()) {
                accesses.addValue(lb.accesses(level, t), t.key(), level);
                energy.addValue(lb.energyPj(level, t), t.key(), level);
            }
            energy.addValue(lb.leakPj(level), "leakage", level);
        }
        energy.addValue(lb.macEnergyPj(), "MACs", "MAC");
        accessTable.setText(lb.toText());
        pe.setModel(PeArrayModel.of(m, e.accelerator(), r));
    }

    /** Shows only problems (a document that is not a mapping). */
    public void showProblems(List<String> reasons) {
        summary.setText(Bundle.LBL_Invalid(escape(reasons.isEmpty() ? "" : reasons.get(0))));
        problems.setText(String.join("\n", reasons));
    }

    /** Stops the PE-array animation. */
    public void stopAnimation() {
        pe.stop();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
