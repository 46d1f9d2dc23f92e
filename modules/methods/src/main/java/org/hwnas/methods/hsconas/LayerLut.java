package org.hwnas.methods.hsconas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.fpga.FpgaTileModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.workload.LoopBounds;

/**
 * HSCoNAS's latency model (METHODS.md section 2): a per-layer look-up table summed over the network,
 * with the linear correction {@code a * sum + b} (identity unless set). Entries are filled lazily, one
 * per distinct layer shape, by the FNAS FPGA tile model on a board (the fastest tile that fits, as the
 * {@code fpga-tile} latency model), so the sum equals that model's network latency. Thread-safe.
 */
public final class LayerLut {
    private final Accelerator board;
    private final double a;
    private final double b;
    private final Map<LoopBounds, Double> entries = new ConcurrentHashMap<>();

    public LayerLut(Accelerator board) {
        this(board, 1, 0);
    }

    public LayerLut(Accelerator board, double a, double b) {
        if (board.fpgaResources().isEmpty()) {
            throw new IllegalArgumentException("design '" + board.name() + "' is not an FPGA design (kind fpga)");
        }
        this.board = board;
        this.a = a;
        this.b = b;
    }

    public Accelerator board() {
        return board;
    }

    /** ms of one layer (table entry). */
    public double layerMs(LoopBounds layer) {
        return entries.computeIfAbsent(layer, l -> {
            try {
                return FpgaTileModel.search(board, l).cycles() / (board.clockMhz() * 1e3);
            } catch (CostException e) {
                throw new IllegalArgumentException("no FPGA tile of '" + board.name() + "' fits layer " + l + ": "
                        + String.join("; ", e.reasons()));
            }
        });
    }

    /** {@code a * sum(layer entries) + b}, ms. */
    public double latencyMs(List<LoopBounds> layers) {
        double sum = 0;
        for (LoopBounds l : layers) {
            sum += layerMs(l);
        }
        return a * sum + b;
    }

    public int entries() {
        return entries.size();
    }
}
