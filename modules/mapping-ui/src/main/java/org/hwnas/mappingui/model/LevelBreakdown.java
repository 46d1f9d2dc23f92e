package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.model.workload.Tensor;

/**
 * Per memory level and operand, the accesses and energy of a {@link CostReport}, outermost level first:
 * the rows of the access table and the data of the stacked bar charts. Totals are over the utilized
 * instances (the report's counts are per instance).
 */
public final class LevelBreakdown {

    /**
     * One level x tensor.
     *
     * @param instances utilized instances
     * @param accesses  (reads + fills + updates) x instances
     */
    public record Row(String level, Tensor tensor, long tileWords, long reads, long fills, long updates, int instances,
                      long accesses, double energyPj) {
    }

    private final List<Row> rows;
    private final List<String> levels;
    private final List<double[]> leak; // per level: {leakPj}
    private final double macEnergyPj;

    private LevelBreakdown(List<Row> rows, List<String> levels, List<double[]> leak, double macEnergyPj) {
        this.rows = List.copyOf(rows);
        this.levels = List.copyOf(levels);
        this.leak = leak;
        this.macEnergyPj = macEnergyPj;
    }

    public static LevelBreakdown of(CostReport r) {
        List<Row> rows = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        List<double[]> leak = new ArrayList<>();
        for (int i = r.levels().size() - 1; i >= 0; i--) {
            LevelCost l = r.levels().get(i);
            levels.add(l.name());
            leak.add(new double[] {l.leakPj()});
            for (TensorCost t : l.tensors()) {
                rows.add(new Row(l.name(), t.tensor(), t.tileWords(), t.reads(), t.fills(), t.updates(), l.utilizedInstances(),
                        t.accesses() * l.utilizedInstances(), t.energyPj()));
            }
        }
        return new LevelBreakdown(rows, levels, leak, r.macEnergyPj());
    }

    public List<Row> rows() {
        return rows;
    }

    /** Level names, outermost first (the chart categories). */
    public List<String> levels() {
        return levels;
    }

    /** Total accesses of {@code tensor} at {@code level} (0 when the level does not keep it). */
    public long accesses(String level, Tensor tensor) {
        return rows.stream().filter(x -> x.level().equals(level) && x.tensor() == tensor).mapToLong(Row::accesses).sum();
    }

    public double energyPj(String level, Tensor tensor) {
        return rows.stream().filter(x -> x.level().equals(level) && x.tensor() == tensor).mapToDouble(Row::energyPj).sum();
    }

    public double leakPj(String level) {
        int i = levels.indexOf(level);
        return i < 0 ? 0 : leak.get(i)[0];
    }

    public double macEnergyPj() {
        return macEnergyPj;
    }

    /** Accesses, fills, energies as a table for copying: one line per level x tensor. */
    public String toText() {
        StringBuilder sb = new StringBuilder("level\ttensor\ttile\treads\tfills\tupdates\tinstances\taccesses\tenergy_pJ\n");
        for (Row x : rows) {
            sb.append(x.level()).append('\t').append(x.tensor().key()).append('\t').append(x.tileWords()).append('\t')
                    .append(x.reads()).append('\t').append(x.fills()).append('\t').append(x.updates()).append('\t')
                    .append(x.instances()).append('\t').append(x.accesses()).append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", x.energyPj())).append('\n');
        }
        return sb.toString();
    }
}
