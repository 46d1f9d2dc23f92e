package org.hwnas.cost.loopnest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code loopnest}: the Timeloop-semantics analytical model (COST-MODEL.md). Reproduces Timeloop's
 * per-level x tensor reads, fills and updates, cycles and utilization on the reference cases, and its
 * energy to within rounding of the energy tables.
 * <p>For many evaluations of one design, compile once with {@link ArchSpec#of} and reuse a
 * {@link LoopNestEvaluator} and {@link LoopNestResult} per thread (allocation-free).
 */
@ServiceProvider(service = CostModel.class, position = 100)
public final class LoopNestModel implements CostModel {

    public static final String ID = "loopnest";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Timeloop-semantics loop-nest model: per level x tensor reads/fills/updates, cycles, energy, EDP";
    }

    @Override
    public boolean supports(Accelerator accelerator) {
        return ArchSpec.unsupported(accelerator) == null;
    }

    @Override
    public boolean needsMapping() {
        return true;
    }

    @Override
    public CostReport evaluate(Accelerator accelerator, LoopBounds layer, Mapping mapping) throws CostException {
        if (mapping == null) {
            throw new CostException("the loopnest model needs a mapping");
        }
        ArchSpec arch = ArchSpec.of(accelerator);
        Nest nest = Nest.of(arch, layer, mapping);
        LoopNestEvaluator evaluator = new LoopNestEvaluator(arch);
        LoopNestResult r = new LoopNestResult(arch.levels);
        evaluator.evaluate(nest, r);
        if (!r.fits()) {
            throw new CostException(capacityMessage(evaluator, r, nest));
        }
        return report(arch, r);
    }

    /** Turns a filled result into an immutable report. */
    public static CostReport report(ArchSpec arch, LoopNestResult r) {
        Accelerator a = arch.accelerator;
        List<LevelCost> levels = new ArrayList<>();
        for (int l = 0; l < arch.levels; l++) {
            List<TensorCost> tensors = new ArrayList<>();
            for (Tensor t : Tensor.values()) {
                int i = t.ordinal();
                if ((r.kept[l] & (1 << i)) != 0) {
                    tensors.add(new TensorCost(t, r.tile[l][i], r.partition[l][i], r.reads[l][i], r.fills[l][i],
                            r.updates[l][i], r.energy[l][i]));
                }
            }
            levels.add(new LevelCost(a.levels().get(l).name(), a.instances(l), r.utilizedInstances[l], tensors,
                    r.leak[l], r.slowdown[l]));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("bandwidth_slowdown", r.cycles == 0 ? 1.0 : (double) r.computeCycles / r.cycles);
        return new CostReport(ID, r.macs, r.computeCycles, r.cycles, r.utilizedPes, arch.totalPes, r.macEnergy, levels,
                r.energyPj, metrics);
    }

    static String capacityMessage(LoopNestEvaluator ev, LoopNestResult r, Nest nest) {
        int l = r.overCapacityLevel;
        ArchSpec arch = ev.arch();
        StringBuilder parts = new StringBuilder();
        for (Tensor t : Tensor.values()) {
            if ((nest.keepMask[l] & (1 << t.ordinal())) != 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(t.key()).append(' ')
                        .append(r.tile[l][t.ordinal()]).append(" (").append(ev.tileShape(l, t.ordinal())).append(')');
            }
        }
        String buffers = arch.multipleBuffering[l] > 1 ? " x " + arch.multipleBuffering[l] + " buffers" : "";
        return "level '" + arch.accelerator.levels().get(l).name() + "': tiles need " + r.overCapacityWords
                + " words" + buffers + " but the level holds " + arch.capacityWords[l] + " words per instance: "
                + parts + "; move a factor of the listed dimensions to an outer level";
    }
}
