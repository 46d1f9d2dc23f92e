package org.hwnas.acceleratorui.summary;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The per-layer table of the summary panel: one row per compute layer with the cost model's figures.
 * Cells hold numbers (so the table sorts numerically); the view formats them.
 */
public final class LayerTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    public static final int LAYER = 0;
    public static final int MACS = 1;
    public static final int UTILIZATION = 2;
    public static final int CYCLES = 3;
    public static final int LATENCY_US = 4;
    public static final int ENERGY_UJ = 5;
    public static final int NOTE = 6;

    private static final String[] NAMES = {"Layer", "MACs", "Utilization %", "Cycles", "Latency µs", "Energy µJ", "Note"};
    private static final Class<?>[] TYPES = {String.class, Long.class, Double.class, Long.class, Double.class,
        Double.class, String.class};

    private transient List<LayerRow> rows = List.of();

    /** Replaces the rows (on the EDT). */
    public void setRows(List<LayerRow> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    public LayerRow row(int i) {
        return rows.get(i);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return NAMES.length;
    }

    @Override
    public String getColumnName(int c) {
        return NAMES[c];
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return TYPES[c];
    }

    @Override
    public Object getValueAt(int r, int c) {
        LayerRow row = rows.get(r);
        boolean ok = row.ok();
        return switch (c) {
            case LAYER -> row.layer();
            case MACS -> row.macs();
            case UTILIZATION -> ok ? row.utilization() * 100 : null;
            case CYCLES -> ok ? row.cycles() : null;
            case LATENCY_US -> ok ? row.latencyUs() : null;
            case ENERGY_UJ -> ok ? row.energyPj() * 1e-6 : null;
            case NOTE -> ok ? "" : row.problem();
            default -> throw new IndexOutOfBoundsException(c);
        };
    }
}
