package org.hwnas.searchui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.geom.Ellipse2D;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.api.Trial;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.hwnas.searchui.model.EngineReplay;
import org.hwnas.searchui.model.StudySnapshot;
import org.hwnas.searchui.model.TrialOrigins;
import org.hwnas.searchui.model.TrialStoreReader;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The console of one study: live Pareto scatter (any two measures, the front highlighted, hover = the
 * candidate, click = open it), hypervolume over trials, the trial table (sortable, filterable, failures
 * with their errors), the engine's settings and its state (figures and population, replayed from the store
 * by {@link EngineReplay}). It reads the study's trial store every second, so it
 * shows a run started here, from the command line, or an earlier one (Open Results).
 * <p>A console is bound to one store: the SQLite file next to the document, or a shared store
 * ({@code postgresql://...}, Watch Shared Study) where workers on any machine run the study. A shared
 * console only watches: runs in the IDE (Run/Resume Search) always write the SQLite file.
 */
@TopComponent.Description(preferredID = "SearchConsoleTopComponent", iconBase = "org/hwnas/searchui/search.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - study", "LBL_Console=Search: {0}",
    "# {0} - study", "# {1} - store location", "LBL_SharedConsole=Search: {0} @ {1}",
    "# {0} - store location", "LBL_Shared=shared store {0}, watched read-only",
    "LBL_X=X:", "LBL_Y=Y:",
    "LBL_Filter=Filter:", "LBL_FailedOnly=Failed only",
    "LBL_OpenCandidate=Open candidate",
    "LBL_Pareto=Trials (Pareto front highlighted)",
    "LBL_Hypervolume=Hypervolume (normalised) over trials",
    "LBL_Trial=trial",
    "LBL_Running=running", "LBL_Idle=not running here",
    "LBL_NoStore=no trials stored yet",
    "LBL_TrialsTab=Trials", "# {0} - members", "LBL_PopulationTab=Engine population ({0})",
    "COL_Number=#", "COL_Batch=Batch", "COL_Status=Status", "COL_Feasible=Feasible", "COL_Front=Front",
    "COL_EvalMs=Eval ms", "COL_Candidate=Candidate", "COL_Error=Error"
})
public final class SearchConsoleTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor RP = new RequestProcessor("hwnas-search-console", 2); // NOI18N
    private static final Map<Key, SearchConsoleTopComponent> OPEN = new HashMap<>();
    private static final int POLL_MS = 1000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SearchConsoleTopComponent.class.getName());

    private final transient File file;
    /** The shared store watched (a URL); null for the SQLite file next to the document. */
    private final transient String location;
    /** The name the study is registered under in the shared store; null: the document's. */
    private final transient String registeredName;
    private transient Study study;
    private transient StudySnapshot snapshot;
    private boolean running;
    private boolean refreshing;
    /** The last state of a shared console written to the log (logged on change only, not every poll). */
    private transient String logged;
    private final JLabel status = new JLabel(" ");
    private final JLabel engine = new JLabel(" ");
    private final JLabel engineState = new JLabel(" ");
    private transient EngineReplay replay;
    private final TrialsModel members = new TrialsModel();
    private final JTable membersTable = new JTable(members);
    private final JTabbedPane tabs = new JTabbedPane();
    private final JComboBox<String> xAxis = new JComboBox<>();
    private final JComboBox<String> yAxis = new JComboBox<>();
    private final XYSeriesCollection scatter = new XYSeriesCollection();
    private final XYSeries hv = new XYSeries("hypervolume", false, true); // NOI18N
    private final transient List<List<Trial>> seriesTrials = new ArrayList<>();
    private final JFreeChart scatterChart;
    private final TrialsModel trials = new TrialsModel();
    private final JTable table = new JTable(trials);
    private final TableRowSorter<TrialsModel> sorter = new TableRowSorter<>(trials);
    private final JTextField filter = new JTextField(16);
    private final JCheckBox failedOnly = new JCheckBox(Bundle.LBL_FailedOnly());
    private final Timer poll = new Timer(POLL_MS, e -> refresh(false));

    /** A console's identity: the study document, and the shared store (null for SQLite) and name. */
    private record Key(Path file, String location, String registeredName) {
        static Key of(File studyFile, String location, String registeredName) {
            return new Key(studyFile.toPath().toAbsolutePath().normalize(), location, location == null ? null : registeredName);
        }
    }

    private SearchConsoleTopComponent(File file, String location, String registeredName) {
        this.file = file;
        this.location = location;
        this.registeredName = registeredName;
        String studyName = file.getName().replace(SearchDataObject.SUFFIX, "");
        setName(location == null ? Bundle.LBL_Console(studyName) : Bundle.LBL_SharedConsole(studyName, redact(location)));
        setToolTipText(location == null ? file.getAbsolutePath() : file.getAbsolutePath() + " @ " + redact(location));
        setLayout(new BorderLayout(4, 4));
        JPanel head = new JPanel(new GridLayout(3, 1));
        head.add(status);
        head.add(engine);
        head.add(engineState);
        add(head, BorderLayout.NORTH);

        scatterChart = ChartFactory.createScatterPlot(Bundle.LBL_Pareto(), "", "", scatter, PlotOrientation.VERTICAL, true, true, false);
        scatterChart.getTitle().setFont(scatterChart.getTitle().getFont().deriveFont(13f));
        XYPlot plot = scatterChart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(0xD32F2F));
        r.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        r.setSeriesPaint(1, new Color(0x607D8B));
        r.setSeriesShape(1, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(2, new Color(0xFFB74D));
        r.setSeriesShape(2, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setDefaultToolTipGenerator((data, s, i) -> tooltip(s, i));
        plot.setRenderer(r);
        plot.getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ChartPanel scatterPanel = new ChartPanel(scatterChart);
        scatterPanel.setInitialDelay(100);
        scatterPanel.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent e) {
                if (e.getEntity() instanceof XYItemEntity xe && xe.getSeriesIndex() < seriesTrials.size()) {
                    openCandidate(seriesTrials.get(xe.getSeriesIndex()).get(xe.getItem()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent e) {
                // hover: the renderer's tooltips
            }
        });
        JFreeChart hvChart = ChartFactory.createXYLineChart(Bundle.LBL_Hypervolume(), Bundle.LBL_Trial(), "HV",
                new XYSeriesCollection(hv), PlotOrientation.VERTICAL, false, true, false);
        hvChart.getTitle().setFont(hvChart.getTitle().getFont().deriveFont(12f));
        JPanel axes = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        axes.add(new JLabel(Bundle.LBL_X()));
        axes.add(xAxis);
        axes.add(new JLabel(Bundle.LBL_Y()));
        axes.add(yAxis);
        xAxis.addActionListener(e -> updateCharts());
        yAxis.addActionListener(e -> updateCharts());
        JPanel scatterBox = new JPanel(new BorderLayout());
        scatterBox.add(axes, BorderLayout.NORTH);
        scatterBox.add(scatterPanel, BorderLayout.CENTER);
        ChartPanel hvPanel = new ChartPanel(hvChart);
        hvPanel.setMinimumDrawHeight(80); // draw at the pane's size instead of scaling a 200-pixel image down
        scatterPanel.setMinimumDrawHeight(120);
        JSplitPane charts = new JSplitPane(JSplitPane.VERTICAL_SPLIT, scatterBox, hvPanel);
        charts.setResizeWeight(0.7);

        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                applyFilter();
            }
        });
        failedOnly.addActionListener(e -> applyFilter());
        JButton open = new JButton(Bundle.LBL_OpenCandidate());
        open.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                openCandidate(trials.rows.get(table.convertRowIndexToModel(row)));
            }
        });
        JPanel tools = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        tools.add(new JLabel(Bundle.LBL_Filter()));
        tools.add(filter);
        tools.add(failedOnly);
        tools.add(open);
        JPanel right = new JPanel(new BorderLayout());
        right.add(tools, BorderLayout.NORTH);
        right.add(new JScrollPane(table), BorderLayout.CENTER);
        membersTable.setAutoCreateRowSorter(true);
        membersTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        membersTable.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int row = membersTable.getSelectedRow();
                if (e.getClickCount() == 2 && row >= 0) {
                    openCandidate(members.rows.get(membersTable.convertRowIndexToModel(row)));
                }
            }
        });
        tabs.addTab(Bundle.LBL_TrialsTab(), right);
        tabs.addTab(Bundle.LBL_PopulationTab(0), new JScrollPane(membersTable));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, charts, tabs);
        split.setResizeWeight(0.55);
        add(split, BorderLayout.CENTER);
    }

    /** Opens (or brings up) the console of a study's SQLite store; any thread. */
    public static void openFor(File studyFile) {
        openFor(studyFile, null, null);
    }

    /**
     * Opens (or brings up) the console of a study in the store at {@code location} (null: the SQLite file
     * next to the document), registered there as {@code registeredName} (null: the document's name).
     */
    public static void openFor(File studyFile, String location, String registeredName) {
        String loc = location == null || location.isBlank() ? null : location.trim();
        String name = registeredName == null || registeredName.isBlank() ? null : registeredName.trim();
        Key key = Key.of(studyFile, loc, name);
        Runnable r = () -> {
            SearchConsoleTopComponent tc = OPEN.get(key);
            if (tc == null) {
                tc = new SearchConsoleTopComponent(key.file().toFile(), key.location(), key.registeredName());
                OPEN.put(key, tc);
                tc.open();
            }
            tc.requestActive();
            tc.refresh(true);
        };
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    /** A run of the study started or ended in this IDE. */
    static void runningChanged(File studyFile, boolean now) {
        Key key = Key.of(studyFile, null, null); // IDE runs write the SQLite store only
        SwingUtilities.invokeLater(() -> {
            SearchConsoleTopComponent tc = OPEN.get(key);
            if (tc != null) {
                tc.running = now;
                tc.refresh(true);
            }
        });
    }

    @Override
    protected void componentOpened() {
        poll.start();
    }

    @Override
    protected void componentClosed() {
        poll.stop();
        OPEN.remove(Key.of(file, location, registeredName));
    }

    /** Reads the document (first time or on demand) and the store off the EDT, then updates. */
    private void refresh(boolean rereadStudy) {
        if (refreshing) {
            return;
        }
        refreshing = true;
        Study known = rereadStudy ? null : study;
        RP.post(() -> {
            Study s = known;
            String problem = null;
            StudySnapshot snap = null;
            try {
                if (s == null) {
                    s = StudyReader.read(file.toPath());
                }
                EngineReplay r = replay;
                if (r == null || r.study() != s) {
                    r = new EngineReplay(s);
                    replay = r;
                }
                snap = StudySnapshot.of(s, TrialStoreReader.read(s, location, registeredName), r);
            } catch (DocumentException e) {
                List<String> lines = new ArrayList<>();
                e.problems().forEach(p -> lines.add(p.toString()));
                problem = String.join("<br>", lines);
            } catch (StoreException | RuntimeException e) {
                problem = String.valueOf(e.getMessage());
            }
            Study fs = s;
            StudySnapshot fsnap = snap;
            String fproblem = problem;
            SwingUtilities.invokeLater(() -> {
                refreshing = false;
                apply(fs, fsnap, fproblem);
            });
        });
    }

    private void apply(Study s, StudySnapshot snap, String problem) {
        if (location != null) {
            logSharedState(s, snap, problem);
        }
        if (problem != null) {
            status.setText("<html><font color='#c00000'>" + escape(problem).replace("&lt;br&gt;", "<br>") + "</font></html>");
            return;
        }
        boolean changed = snapshot == null || snap.done() != snapshot.done() || s != study;
        study = s;
        String state = location != null ? Bundle.LBL_Shared(redact(location)) : running ? Bundle.LBL_Running() : Bundle.LBL_Idle();
        status.setText("<html><b>" + escape(s.name()) + "</b>: " + (snap.done() == 0 ? Bundle.LBL_NoStore() : escape(snap.summary()))
                + " &nbsp; [" + state + "]</html>");
        engine.setText("engine " + snap.engineState()); // NOI18N
        String line = snap.engineStateLine();
        engineState.setText(line.isEmpty() ? " " : "<html>engine state " + escape(line) + "</html>"); // NOI18N
        if (!changed) {
            return;
        }
        snapshot = snap;
        List<String> names = snap.measureNames();
        if (xAxis.getItemCount() != names.size()) {
            xAxis.removeAllItems();
            yAxis.removeAllItems();
            names.forEach(xAxis::addItem);
            names.forEach(yAxis::addItem);
            if (names.size() > 1) {
                yAxis.setSelectedIndex(1);
            }
        }
        trials.setRows(snap, snap.trials(), names);
        members.setRows(snap, snap.population(), names);
        tabs.setTitleAt(1, Bundle.LBL_PopulationTab(snap.population().size()));
        updateCharts();
    }

    /** A shared console's state changes go to the log: what the user sees in red, and trials arriving. */
    private void logSharedState(Study s, StudySnapshot snap, String problem) {
        String line = problem != null
                ? "hwnas.search console cannot read " + redact(location) + ": " + problem.replace("<br>", "; ") // NOI18N
                : "hwnas.search console watches study " + (registeredName == null ? s.name() : registeredName) // NOI18N
                        + " in " + redact(location) + ": " + snap.done() + " trials"; // NOI18N
        if (!line.equals(logged)) {
            logged = line;
            LOG.info(line);
        }
    }

    private void updateCharts() {
        if (snapshot == null || xAxis.getSelectedItem() == null || yAxis.getSelectedItem() == null) {
            return;
        }
        String x = (String) xAxis.getSelectedItem();
        String y = (String) yAxis.getSelectedItem();
        scatter.removeAllSeries();
        seriesTrials.clear();
        StudySnapshot.Kind[] kinds = StudySnapshot.Kind.values();
        XYSeries[] series = new XYSeries[kinds.length];
        for (StudySnapshot.Kind k : kinds) {
            series[k.ordinal()] = new XYSeries(k.name().toLowerCase(Locale.ROOT), false, true);
            seriesTrials.add(new ArrayList<>());
        }
        for (StudySnapshot.Point p : snapshot.points(x, y)) {
            series[p.kind().ordinal()].add(p.x(), p.y(), false);
            seriesTrials.get(p.kind().ordinal()).add(p.trial());
        }
        for (XYSeries s : series) {
            scatter.addSeries(s);
        }
        XYPlot plot = scatterChart.getXYPlot();
        plot.getDomainAxis().setLabel(snapshot.axisLabel(x));
        plot.getRangeAxis().setLabel(snapshot.axisLabel(y));
        hv.clear();
        for (double[] v : snapshot.hypervolumeSeries()) {
            hv.add(v[0], v[1], false);
        }
        hv.fireSeriesChanged();
    }

    private String tooltip(int series, int item) {
        if (series >= seriesTrials.size() || item >= seriesTrials.get(series).size()) {
            return null;
        }
        Trial t = seriesTrials.get(series).get(item);
        StringBuilder sb = new StringBuilder("<html>trial " + t.number());
        new java.util.TreeMap<>(t.measures()).forEach((k, v) -> sb.append("<br>").append(escape(k)).append(' ')
                .append(String.format(Locale.ROOT, "%.4g", v)));
        return sb.append("<br>").append(escape(t.candidate().text())).append("<br><i>click to open</i></html>").toString();
    }

    /** Writes the candidate's documents to the result folder and opens them in their editors. */
    private void openCandidate(Trial t) {
        CandidateOpener.open(file, study == null ? "study" : study.name(), t, study == null ? null : TrialOrigins.of(study, t)); // NOI18N
    }

    private void applyFilter() {
        String text = filter.getText().trim();
        List<RowFilter<TrialsModel, Integer>> filters = new ArrayList<>();
        if (!text.isEmpty()) {
            filters.add(RowFilter.regexFilter("(?i)" + Pattern.quote(text))); // NOI18N
        }
        if (failedOnly.isSelected()) {
            filters.add(new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends TrialsModel, ? extends Integer> e) {
                    return !trials.rows.get(e.getIdentifier()).ok();
                }
            });
        }
        sorter.setRowFilter(filters.isEmpty() ? null : RowFilter.andFilter(filters));
    }

    /** A location fit for the window: a password in {@code scheme://user:password@host} is hidden. */
    static String redact(String location) {
        return location.replaceAll("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:***@"); // NOI18N
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Trials as rows: number, batch, status, feasible, front, the measures, eval time, candidate, error. */
    private static final class TrialsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<Trial> rows = List.of();
        private transient List<String> measures = List.of();
        private transient StudySnapshot snap;

        void setRows(StudySnapshot s, List<Trial> trials, List<String> names) {
            boolean structure = !names.equals(measures);
            this.snap = s;
            this.rows = trials;
            this.measures = names;
            if (structure) {
                fireTableStructureChanged();
            } else {
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 5 + measures.size() + 3;
        }

        @Override
        public String getColumnName(int c) {
            if (c >= 5 && c < 5 + measures.size()) {
                return measures.get(c - 5);
            }
            return switch (c) {
                case 0 -> Bundle.COL_Number();
                case 1 -> Bundle.COL_Batch();
                case 2 -> Bundle.COL_Status();
                case 3 -> Bundle.COL_Feasible();
                case 4 -> Bundle.COL_Front();
                default -> c == 5 + measures.size() ? Bundle.COL_EvalMs() : c == 6 + measures.size() ? Bundle.COL_Candidate() : Bundle.COL_Error();
            };
        }

        @Override
        public Class<?> getColumnClass(int c) {
            if (c == 0 || c == 1) {
                return Integer.class;
            }
            if (c == 3 || c == 4) {
                return Boolean.class;
            }
            if (c >= 5 && c <= 5 + measures.size()) {
                return Double.class;
            }
            return String.class;
        }

        @Override
        public Object getValueAt(int row, int c) {
            Trial t = rows.get(row);
            if (c >= 5 && c < 5 + measures.size()) {
                return t.measures().get(measures.get(c - 5));
            }
            return switch (c) {
                case 0 -> t.number();
                case 1 -> t.batch();
                case 2 -> t.status().name();
                case 3 -> t.ok() && t.fitness().feasible();
                case 4 -> snap.onFront(t);
                default -> c == 5 + measures.size() ? (Object) t.evalMillis() : c == 6 + measures.size() ? t.candidate().text()
                        : (t.error() == null ? "" : t.error());
            };
        }
    }
}
