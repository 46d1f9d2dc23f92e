package org.hwnas.search.space.fpga;

import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.space.SpaceOptions;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "fpga-tile", "base": "../accelerators/zc706-fpga.hwacc.json", "tm": [...],
 * "tn": [...], "tr": [...], "tc": [...], "ports": [1, 2, 4, 8, 16], "port_bits": 224, "max_kernel": 5}}.
 * Only {@code base} (an FPGA design, relative to the study) is required; {@code port_bits} defaults to
 * the board's DDR bandwidth in bits per cycle.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class FpgaTileSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "fpga-tile";
    static final List<Integer> CHANNEL_TILES = List.of(1, 2, 4, 8, 16, 32, 64, 128);
    static final List<Integer> PIXEL_TILES = List.of(1, 2, 4, 7, 8, 14, 16, 28, 32);
    static final List<Integer> PORTS = List.of(1, 2, 4, 8, 16);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "FNAS FPGA tiles: Tm, Tn, Tr, Tc and port widths within the board's DSPs, BRAM and bandwidth";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "base", "tm", "tn", "tr", "tc", "ports", "port_bits", "max_kernel");
        Accelerator board = SpaceOptions.design(spec, "base");
        List<Integer> tm = SpaceOptions.ints(spec, "tm", CHANNEL_TILES, 1, 1 << 16);
        List<Integer> tn = SpaceOptions.ints(spec, "tn", CHANNEL_TILES, 1, 1 << 16);
        List<Integer> tr = SpaceOptions.ints(spec, "tr", PIXEL_TILES, 1, 1 << 16);
        List<Integer> tc = SpaceOptions.ints(spec, "tc", PIXEL_TILES, 1, 1 << 16);
        List<Integer> ports = SpaceOptions.ints(spec, "ports", PORTS, 1, 1 << 16);
        int maxKernel = spec.integer("max_kernel", 5, 1, 15);
        if (board == null) {
            return null;
        }
        FpgaResources r = board.fpgaResources().orElse(null);
        if (r == null) {
            spec.get("base").error("design '" + board.name() + "' is not an FPGA design (kind fpga)");
            return null;
        }
        int ddrBits = (int) Math.floor(r.offchipBytesPerCycle(board.clockMhz()) * 8);
        int portBits = spec.integer("port_bits", Math.max(1, ddrBits), 1, 1 << 20);
        try {
            return new FpgaTileSpace(board, tm, tn, tr, tc, ports, portBits, maxKernel);
        } catch (IllegalArgumentException e) {
            spec.error(e.getMessage());
            return null;
        }
    }
}
