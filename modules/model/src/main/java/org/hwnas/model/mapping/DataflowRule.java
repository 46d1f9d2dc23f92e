package org.hwnas.model.mapping;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/**
 * The dataflow preset of an accelerator as a constraint on mappings (for the mapper; a given mapping is
 * evaluated even when it breaks the preset). Definitions, chosen to accept the published reference
 * mappings of each style:
 * <ul>
 * <li>weight-/output-/input-stationary: that operand is kept in a per-PE level (it stays in the PE);</li>
 * <li>row-stationary: weights, inputs and outputs are all kept per PE, and the filter-row loop R (when
 *     R &gt; 1) runs inside the PE, so a filter row stays while the input row slides;</li>
 * <li>no-local-reuse: no per-PE level holding more than one word keeps any operand;</li>
 * <li>flexible: no constraint.</li>
 * </ul>
 */
public final class DataflowRule {

    private DataflowRule() {
    }

    /** Reasons the mapping (with its bypass choices) breaks the accelerator's dataflow; empty if none. */
    public static List<String> violations(Mapping m, Accelerator a) {
        Dataflow df = a.dataflow();
        List<String> out = new ArrayList<>();
        int fanout = a.fanoutIndex();
        switch (df) {
            case WEIGHT_STATIONARY, OUTPUT_STATIONARY, INPUT_STATIONARY -> {
                Tensor t = df.stationaryTensor().orElseThrow();
                if (!keptPerPe(m, a, fanout, t)) {
                    out.add(df.key() + ": " + t.key() + " must be kept in a per-PE level");
                }
            }
            case ROW_STATIONARY -> {
                for (Tensor t : Tensor.values()) {
                    if (!keptPerPe(m, a, fanout, t)) {
                        out.add(df.key() + ": " + t.key() + " must be kept in a per-PE level");
                    }
                }
                if (m.bounds().r() > 1 && perPeProduct(m, a, fanout, Dim.R) != m.bounds().r()) {
                    out.add(df.key() + ": the filter-row loop R must run inside the PE");
                }
            }
            case NO_LOCAL_REUSE -> {
                for (int i = 0; i < fanout; i++) {
                    MemoryLevel l = a.levels().get(i);
                    if (l.capacityWords() > 1 && !keeps(m, l).isEmpty()) {
                        out.add(df.key() + ": per-PE level '" + l.name() + "' must not keep operands");
                    }
                }
            }
            case FLEXIBLE -> {
                // no constraint
            }
        }
        return out;
    }

    private static boolean keptPerPe(Mapping m, Accelerator a, int fanout, Tensor t) {
        for (int i = 0; i < fanout; i++) {
            if (keeps(m, a.levels().get(i)).contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<Tensor> keeps(Mapping m, MemoryLevel l) {
        return m.level(l.name()).flatMap(LevelMapping::keepOverride).orElse(l.keeps());
    }

    private static long perPeProduct(Mapping m, Accelerator a, int fanout, Dim d) {
        long p = 1;
        for (int i = 0; i < fanout; i++) {
            LevelMapping lm = m.level(a.levels().get(i).name()).orElse(null);
            if (lm != null) {
                for (Loop loop : lm.temporal()) {
                    if (loop.dim() == d) {
                        p *= loop.factor();
                    }
                }
            }
        }
        return p;
    }
}
