package org.hwnas.cost.systolic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.Sharing;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code systolic}: SCALE-Sim v2 equivalent cycles, utilization, mapping efficiency and SRAM access
 * counts for OS / WS / IS systolic arrays (the accelerator's first PE-array axis is the rows, the second
 * the columns; its dataflow preset picks OS / WS / IS). The mapping is fixed by the dataflow, so none is
 * needed. Grouped convolutions run their groups one after another.
 * <p>Energy is an estimate SCALE-Sim v2 does not make: MACs x MAC energy plus each SRAM access charged
 * at the innermost shared level keeping that tensor. DRAM traffic (trace-driven in SCALE-Sim) is not
 * modelled.
 */
@ServiceProvider(service = CostModel.class, position = 200)
public final class SystolicModel implements CostModel {

    public static final String ID = "systolic";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SCALE-Sim v2 systolic array (OS/WS/IS): cycles, utilization, mapping efficiency, SRAM accesses";
    }

    @Override
    public boolean supports(Accelerator a) {
        return unsupported(a) == null;
    }

    private static String unsupported(Accelerator a) {
        if (a.kind() != AcceleratorKind.SPATIAL || a.array() == null || a.array().axes().size() != 2) {
            return "accelerator '" + a.name() + "': the systolic model needs a 2-D PE array (rows x cols)";
        }
        if (kind(a) == null) {
            return "accelerator '" + a.name() + "': the systolic model needs an output-, weight- or input-stationary dataflow, not "
                    + a.dataflow().key();
        }
        return null;
    }

    private static SystolicShape.Kind kind(Accelerator a) {
        return switch (a.dataflow()) {
            case OUTPUT_STATIONARY -> SystolicShape.Kind.OS;
            case WEIGHT_STATIONARY -> SystolicShape.Kind.WS;
            case INPUT_STATIONARY -> SystolicShape.Kind.IS;
            default -> null;
        };
    }

    @Override
    public boolean needsMapping() {
        return false;
    }

    @Override
    public CostReport evaluate(Accelerator a, LoopBounds layer, Mapping mapping) throws CostException {
        String why = unsupported(a);
        if (why != null) {
            throw new CostException(why);
        }
        int rows = a.array().axes().get(0).size();
        int cols = a.array().axes().get(1).size();
        SystolicShape s = SystolicShape.of(kind(a), rows, cols, layer);
        long groups = layer.g();
        long cycles = s.cycles() * groups;
        long ifmap = s.ifmapSramReads() * groups;
        long filter = s.filterSramReads() * groups;
        long ofmap = s.ofmapSramWrites() * groups;
        double macPj = layer.macs() * a.macEnergyPj();
        double ePj = macPj;
        double eIn = ifmap * readPjPerWord(a, Tensor.INPUTS);
        double eW = filter * readPjPerWord(a, Tensor.WEIGHTS);
        double eOut = ofmap * writePjPerWord(a, Tensor.OUTPUTS);
        ePj += eIn + eW + eOut;
        LevelCost sram = new LevelCost("sram", 1, 1, List.of(
                new TensorCost(Tensor.WEIGHTS, 0, 0, filter, 0, 0, eW),
                new TensorCost(Tensor.INPUTS, 0, 0, ifmap, 0, 0, eIn),
                new TensorCost(Tensor.OUTPUTS, 0, 0, 0, 0, ofmap, eOut)), 0, 1);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("mapping_efficiency", s.mappingEfficiency());
        metrics.put("folds", (double) s.folds() * groups);
        metrics.put("cycles_per_fold", (double) s.cyclesPerFold());
        metrics.put("ifmap_sram_reads", (double) ifmap);
        metrics.put("filter_sram_reads", (double) filter);
        metrics.put("ofmap_sram_writes", (double) ofmap);
        int used = (int) Math.min((long) rows * cols, Math.min(s.spatialRows(), rows) * Math.min(s.spatialCols(), cols));
        return new CostReport(ID, layer.macs(), cycles, cycles, used, rows * cols, macPj, List.of(sram), ePj, metrics);
    }

    /** Per-word read energy of the innermost shared level keeping {@code t}; 0 when none does. */
    private static double readPjPerWord(Accelerator a, Tensor t) {
        MemoryLevel l = sramFor(a, t);
        return l == null ? 0 : l.readPjPerWord();
    }

    private static double writePjPerWord(Accelerator a, Tensor t) {
        MemoryLevel l = sramFor(a, t);
        return l == null ? 0 : l.updatePjPerWord();
    }

    private static MemoryLevel sramFor(Accelerator a, Tensor t) {
        for (MemoryLevel l : a.levels()) {
            if (l.sharing().kind() != Sharing.Kind.PER_PE && l.keeps(t) && l.capacity().isBounded()) {
                return l;
            }
        }
        return null;
    }
}
