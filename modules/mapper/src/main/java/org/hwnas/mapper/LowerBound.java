package org.hwnas.mapper;

import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.workload.LoopBounds;

/**
 * Physical lower bounds of one layer on one design (COST-MODEL.md section 9): cycles at least
 * {@code ceil(MACs / PEs)}; energy at least the MACs plus every tensor crossing the outermost level once
 * (compulsory traffic). A mapping's quality is its score divided by the bound's.
 */
public record LowerBound(long cycles, double energyPj) {

    public static LowerBound of(Accelerator a, LoopBounds b) {
        long pes = a.totalPes();
        long cycles = (b.macs() + pes - 1) / pes;
        MemoryLevel top = a.outermost();
        double compulsory = (b.weightCount() + b.inputCount()) * top.readPjPerWord() + b.outputCount() * top.updatePjPerWord();
        return new LowerBound(cycles, b.macs() * a.macEnergyPj() + compulsory);
    }

    public double score(Objective o) {
        return o.score(energyPj, cycles);
    }
}
