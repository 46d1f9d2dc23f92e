package org.hwnas.cost.fpga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code fpga-tile}: the FNAS tiled-convolution model on an FPGA design (see {@link FpgaTileAnalysis}
 * for the convention). With a mapping, the tile is what lies below the outermost level: tm, tn, tr, tc
 * are the K, C, Q and P extents of every loop not owned by the outermost level. Without one, the model
 * picks the fastest tile that fits the DSPs and BRAM (a small exhaustive search).
 * <p>Energy is an estimate: MACs x MAC energy, DDR words at the energy table's DRAM cost, and three
 * BRAM accesses per MAC (weight and input read, partial-sum write) at its SRAM cost.
 */
@ServiceProvider(service = CostModel.class, position = 300)
public final class FpgaTileModel implements CostModel {

    public static final String ID = "fpga-tile";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "FNAS FPGA tile model: load/compute/store phases, double buffering, DSP/BRAM checks, bottleneck";
    }

    @Override
    public boolean supports(Accelerator a) {
        return a.kind() == AcceleratorKind.FPGA;
    }

    @Override
    public boolean needsMapping() {
        return false;
    }

    @Override
    public CostReport evaluate(Accelerator a, LoopBounds layer, Mapping mapping) throws CostException {
        if (!supports(a)) {
            throw new CostException("accelerator '" + a.name() + "': the fpga-tile model needs an FPGA design (kind fpga)");
        }
        FpgaResources fpga = a.fpgaResources().orElseThrow();
        FpgaTileAnalysis best;
        if (mapping != null) {
            best = FpgaTileAnalysis.of(layer, tileOf(mapping), fpga, a.clockMhz(), a.precisionBits());
            String over = best.overBudget(fpga);
            if (over != null) {
                throw new CostException(over);
            }
        } else {
            best = search(a, layer);
        }
        return report(a, layer, best);
    }

    /** The tile a mapping implies: extents of all loops below the outermost mapped level. */
    static FpgaTile tileOf(Mapping m) {
        long[] ext = new long[Dim.values().length];
        java.util.Arrays.fill(ext, 1);
        List<LevelMapping> levels = m.levels();
        for (int i = 1; i < levels.size(); i++) {
            for (Loop l : levels.get(i).temporal()) {
                ext[l.dim().ordinal()] *= l.factor();
            }
        }
        m.spatial().values().forEach(loops -> loops.forEach(l -> ext[l.dim().ordinal()] *= l.factor()));
        boolean dw = m.bounds().g() > 1 && m.bounds().k() == 1 && m.bounds().c() == 1;
        int tm = (int) (dw ? ext[Dim.G.ordinal()] : ext[Dim.K.ordinal()]);
        return new FpgaTile(tm, (int) (dw ? tm : ext[Dim.C.ordinal()]), (int) ext[Dim.Q.ordinal()], (int) ext[Dim.P.ordinal()]);
    }

    /** Fastest fitting tile over powers of two and divisors of each extent; ties go to fewer DSPs. */
    public static FpgaTileAnalysis search(Accelerator a, LoopBounds b) throws CostException {
        FpgaResources fpga = a.fpgaResources().orElseThrow();
        boolean dw = b.g() > 1 && b.k() == 1 && b.c() == 1;
        FpgaTileAnalysis best = null;
        for (int tm : candidates(dw ? b.g() : b.k())) {
            for (int tn : dw ? List.of(tm) : candidates(b.c())) {
                if ((long) tm * tn * fpga.dspPerMac() > fpga.dspCount()) {
                    continue;
                }
                for (int tr : candidates(b.q())) {
                    for (int tc : candidates(b.p())) {
                        FpgaTileAnalysis x = FpgaTileAnalysis.of(b, new FpgaTile(tm, tn, tr, tc), fpga, a.clockMhz(), a.precisionBits());
                        if (x.overBudget(fpga) == null && (best == null || x.cycles() < best.cycles()
                                || x.cycles() == best.cycles() && x.dsps() < best.dsps())) {
                            best = x;
                        }
                    }
                }
            }
        }
        if (best == null) {
            throw new CostException("layer " + b + ": no tile fits " + fpga.dspCount() + " DSPs and " + fpga.bramBytes() + " bytes of BRAM");
        }
        return best;
    }

    private static List<Integer> candidates(int n) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int p = 1; p < n; p *= 2) {
            s.add(p);
        }
        for (int d = 1; d <= n; d++) {
            if (n % d == 0) {
                s.add(d);
            }
        }
        return new ArrayList<>(s);
    }

    private static CostReport report(Accelerator a, LoopBounds b, FpgaTileAnalysis x) {
        double dramPj = a.energyTable().blockEnergy(MemoryClass.DRAM, a.precisionBits(), 1).readPj();
        double sramPj = a.energyTable().blockEnergy(MemoryClass.SRAM, a.precisionBits(), 1).readPj();
        double macPj = b.macs() * a.macEnergyPj();
        double bramPj = 3.0 * b.macs() * sramPj;
        double ddrPj = x.ddrWords() * dramPj;
        LevelCost bram = new LevelCost("BRAM", 1, 1, List.of(), bramPj, 1);
        LevelCost ddr = new LevelCost("DDR", 1, 1, List.of(
                new TensorCost(Tensor.WEIGHTS, 0, 0, x.ddrWeights(), 0, 0, x.ddrWeights() * dramPj),
                new TensorCost(Tensor.INPUTS, 0, 0, x.ddrInputs(), 0, 0, x.ddrInputs() * dramPj),
                new TensorCost(Tensor.OUTPUTS, 0, 0, 0, 0, x.ddrOutputs(), x.ddrOutputs() * dramPj)), 0, 1);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tile_m", (double) x.tile().tm());
        metrics.put("tile_n", (double) x.tile().tn());
        metrics.put("tile_r", (double) x.tile().tr());
        metrics.put("tile_c", (double) x.tile().tc());
        metrics.put("load_cycles_per_tile", x.loadCycles());
        metrics.put("compute_cycles_per_tile", x.computeCycles());
        metrics.put("store_cycles_per_tile", x.storeCycles());
        metrics.put("bottleneck_load", x.bottleneck() == FpgaTileAnalysis.Bottleneck.LOAD ? 1.0 : 0.0);
        metrics.put("bottleneck_compute", x.bottleneck() == FpgaTileAnalysis.Bottleneck.COMPUTE ? 1.0 : 0.0);
        metrics.put("bottleneck_store", x.bottleneck() == FpgaTileAnalysis.Bottleneck.STORE ? 1.0 : 0.0);
        metrics.put("dsp_used", (double) x.dsps());
        metrics.put("bram_bytes_used", (double) x.bramBytes());
        int lanes = (int) (x.dsps() / a.fpgaResources().orElseThrow().dspPerMac());
        int peak = a.peakMacsPerCycle();
        return new CostReport(ID, b.macs(), x.cycles(), x.cycles(), lanes, peak, macPj, List.of(bram, ddr),
                macPj + bramPj + ddrPj, metrics);
    }
}
