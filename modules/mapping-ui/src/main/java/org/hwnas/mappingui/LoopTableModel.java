package org.hwnas.mappingui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.table.AbstractTableModel;
import org.hwnas.mappingui.model.MappingEdits;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.openide.util.NbBundle.Messages;

/** The loops of a mapping as rows (temporal per level, then spatial per axis); the factor column edits. */
@Messages({"COL_Where=Level / axis", "COL_Loop=Dim", "COL_Factor=Factor"})
final class LoopTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    /** One loop: a temporal loop (level index, loop index) or a spatial one (axis, loop index). */
    record Entry(int level, String axis, int index, String where, Loop loop) {
        boolean spatial() {
            return axis != null;
        }
    }

    private transient Mapping mapping;
    private final transient List<Entry> entries = new ArrayList<>();
    private final transient Consumer<Mapping> onEdit;
    private boolean editable;

    LoopTableModel(Consumer<Mapping> onEdit) {
        this.onEdit = onEdit;
    }

    void setMapping(Mapping m, boolean editable) {
        this.mapping = m;
        this.editable = editable;
        entries.clear();
        if (m != null) {
            for (int l = 0; l < m.levels().size(); l++) {
                LevelMapping lm = m.levels().get(l);
                for (int i = 0; i < lm.temporal().size(); i++) {
                    entries.add(new Entry(l, null, i, lm.level(), lm.temporal().get(i)));
                }
            }
            m.spatial().forEach((axis, loops) -> {
                for (int i = 0; i < loops.size(); i++) {
                    entries.add(new Entry(-1, axis, i, "spatial " + axis, loops.get(i)));
                }
            });
        }
        fireTableDataChanged();
    }

    Entry entry(int row) {
        return entries.get(row);
    }

    Mapping mapping() {
        return mapping;
    }

    @Override
    public int getRowCount() {
        return entries.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int c) {
        return switch (c) {
            case 0 -> Bundle.COL_Where();
            case 1 -> Bundle.COL_Loop();
            default -> Bundle.COL_Factor();
        };
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return c == 2 ? Integer.class : String.class;
    }

    @Override
    public boolean isCellEditable(int r, int c) {
        return editable && c == 2;
    }

    @Override
    public Object getValueAt(int r, int c) {
        Entry e = entries.get(r);
        return switch (c) {
            case 0 -> e.where();
            case 1 -> e.loop().dim().name();
            default -> e.loop().factor();
        };
    }

    @Override
    public void setValueAt(Object value, int r, int c) {
        if (!(value instanceof Integer f) || f < 1 || f == entries.get(r).loop().factor()) {
            return; // the table's Integer editor refuses non-numbers; 0 and negatives are ignored
        }
        Entry e = entries.get(r);
        Mapping m = e.spatial() ? MappingEdits.setSpatialFactor(mapping, e.axis(), e.index(), f)
                : MappingEdits.setTemporalFactor(mapping, e.level(), e.index(), f);
        onEdit.accept(m);
    }

    /** Moves a temporal loop one place outwards (-1) or inwards (+1); returns the new row or -1. */
    int move(int row, int delta) {
        Entry e = entries.get(row);
        if (!editable || e.spatial()) {
            return -1;
        }
        int size = mapping.levels().get(e.level()).temporal().size();
        int to = e.index() + delta;
        if (to < 0 || to >= size) {
            return -1;
        }
        onEdit.accept(MappingEdits.moveTemporal(mapping, e.level(), e.index(), delta));
        return row + delta;
    }
}
