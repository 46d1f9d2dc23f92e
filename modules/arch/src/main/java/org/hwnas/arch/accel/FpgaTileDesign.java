package org.hwnas.arch.accel;

import java.util.Objects;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.model.accel.Accelerator;

/**
 * A point of the FNAS FPGA tile space: output-channel, input-channel, row and column tile sizes
 * ({@code Tm, Tn, Tr, Tc}; Tr x Tc is the output tile, Zhang et al. FPGA'15) and the input, weight and
 * output port widths in words per cycle. {@link #accelerator()} is the board with its off-chip bandwidth
 * set to what the three ports move together, so models that see one DDR channel see the ports' sum.
 * <p>Equality and hash use the tile and ports only (the board is the space's).
 */
public record FpgaTileDesign(int tm, int tn, int tr, int tc, int ip, int wp, int op, Accelerator accelerator)
        implements AcceleratorCandidate {
    public static final String FAMILY = "fpga-tile";

    public FpgaTileDesign {
        if (tm <= 0 || tn <= 0 || tr <= 0 || tc <= 0 || ip <= 0 || wp <= 0 || op <= 0) {
            throw new IllegalArgumentException("tile sizes and port widths must be > 0");
        }
        Objects.requireNonNull(accelerator, "accelerator");
    }

    /** MAC lanes the tile unrolls ({@code Tm x Tn}). */
    public int lanes() {
        return tm * tn;
    }

    /** Words per cycle over all three ports. */
    public int portWords() {
        return ip + wp + op;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    /** E.g. {@code Tm32 Tn16 Tr14 Tc14 Ip4 Wp4 Op2}. */
    @Override
    public String text() {
        return "Tm" + tm + " Tn" + tn + " Tr" + tr + " Tc" + tc + " Ip" + ip + " Wp" + wp + " Op" + op;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FpgaTileDesign d && d.tm == tm && d.tn == tn && d.tr == tr && d.tc == tc && d.ip == ip
                && d.wp == wp && d.op == op;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tm, tn, tr, tc, ip, wp, op);
    }

    @Override
    public String toString() {
        return text();
    }
}
