package org.hwnas.latency.hwnasbench;

import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.arch.nb201.Nb201Table;
import org.hwnas.latency.spi.Nb201LatencyModel;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code hwnasbench-table}: HW-NAS-Bench latencies of NB201 cells (CIFAR-10 input, batch 1).
 * raspi4 and pixel3 are measured, eyeriss and fpga come from the authors' models, all for every cell;
 * edgegpu and edgetpu are measured for about 2,000 cells only, the rest are unavailable.
 * Isomorphic cells share one value ({@link Nb201Table#classValue}).
 */
@ServiceProvider(service = org.hwnas.latency.spi.LatencyModel.class)
public final class HwNasBenchTableModel extends Nb201LatencyModel {
    public static final String ID = "hwnasbench-table";
    static final String FILE = "nb201_hwnasbench_cifar10.csv";
    private static final List<String> DEVICES = List.of("raspi4", "pixel3", "eyeriss", "fpga", "edgegpu", "edgetpu");

    private volatile Nb201Table table;

    public HwNasBenchTableModel() {
        super(ID);
    }

    @Override
    public String description() {
        return "HW-NAS-Bench latency of NAS-Bench-201 cells (raspi4, pixel3, eyeriss, fpga; edgegpu/edgetpu partly)";
    }

    @Override
    public List<String> devices() {
        return DEVICES;
    }

    @Override
    protected OptionalDouble latencyMs(Nb201Cell cell, String device) {
        double v = table().classValue(column(device), cell);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The table's value for exactly this cell (no canonicalisation); empty when absent. */
    public OptionalDouble exactMs(Nb201Cell cell, String device) {
        double v = table().value(column(device), cell);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private String column(String device) {
        requireDevice(device);
        return device + "_latency_ms";
    }

    private Nb201Table table() {
        Nb201Table t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = Nb201Table.resource(HwNasBenchTableModel.class, FILE);
                    table = t;
                }
            }
        }
        return t;
    }
}
