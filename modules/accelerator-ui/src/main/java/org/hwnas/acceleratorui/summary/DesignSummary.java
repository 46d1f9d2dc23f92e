package org.hwnas.acceleratorui.summary;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;

/**
 * The headline figures of a design as the summary panel shows them.
 *
 * @param peakMacsPerCycle PEs (or, for an FPGA, what its DSPs issue) per cycle
 * @param peakGmacsPerSecond peak MACs per cycle x clock
 * @param onChipBytes      all on-chip storage: every bounded non-DRAM level's capacity x its instances
 *                         (per-PE levels count once per PE); for an FPGA its block RAM
 * @param levels           per level, innermost first
 */
public record DesignSummary(int peakMacsPerCycle, double peakGmacsPerSecond, long onChipBytes,
                            List<LevelFigures> levels) {

    /**
     * One memory level's storage.
     *
     * @param instances     hardware instances
     * @param bytesEach     bytes of one instance; -1 when unbounded
     * @param bytesTotal    bytes of all instances; -1 when unbounded
     * @param onChip        counted in {@link DesignSummary#onChipBytes()}
     */
    public record LevelFigures(String name, int instances, long bytesEach, long bytesTotal, boolean onChip) {
    }

    public DesignSummary {
        levels = List.copyOf(levels);
    }

    public static DesignSummary of(Accelerator a) {
        List<LevelFigures> out = new ArrayList<>();
        long onChip = 0;
        for (int i = 0; i < a.levels().size(); i++) {
            MemoryLevel l = a.levels().get(i);
            int n = a.instances(i);
            boolean bounded = l.capacity().isBounded();
            long each = bounded ? l.capacity().bytes(l.wordBits()) : -1;
            long total = bounded ? Math.multiplyExact(each, (long) n) : -1;
            boolean counted = bounded && l.memoryClass() != MemoryClass.DRAM;
            if (counted) {
                onChip = Math.addExact(onChip, total);
            }
            out.add(new LevelFigures(l.name(), n, each, total, counted));
        }
        if (a.kind() == AcceleratorKind.FPGA && a.fpga() != null && onChip == 0) {
            onChip = a.fpga().bramBytes();
        }
        int peak = a.peakMacsPerCycle();
        return new DesignSummary(peak, peak * a.clockMhz() / 1000.0, onChip, out);
    }
}
