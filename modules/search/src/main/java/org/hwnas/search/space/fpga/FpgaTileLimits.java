package org.hwnas.search.space.fpga;

import org.hwnas.model.accel.FpgaResources;

/**
 * The board limits an FNAS tile must respect, per METHODS.md section 4 with the Zhang et al. convention
 * of the {@code fpga-tile} cost model (Tr x Tc output tile, input tile with the halo of the largest kernel
 * the template handles):
 * <pre>
 * DSP   Tm*Tn*dspPerMac                                             &lt;= dsp_count
 * ports bits*(Ip + Wp + Op)                                         &lt;= portBits
 * BRAM  (2*Tn*(Tr+K-1)*(Tc+K-1) + 2*Tm*Tr*Tc + Tm*Tn*K*K) * bits/8 &lt;= bram_bytes   (double-buffered I/O tiles)
 * </pre>
 *
 * @param portBits  bits per cycle the three ports may move together
 * @param maxKernel K: the largest kernel the template handles (sizes the halo and the weight tile)
 */
record FpgaTileLimits(FpgaResources board, int bits, int portBits, int maxKernel) {

    long dsps(int tm, int tn) {
        return (long) tm * tn * board.dspPerMac();
    }

    long bramBytes(int tm, int tn, int tr, int tc) {
        long k = maxKernel;
        long words = 2L * tn * (tr + k - 1) * (tc + k - 1) + 2L * tm * tr * tc + (long) tm * tn * k * k;
        return words * bits / 8;
    }

    long portBits(int ip, int wp, int op) {
        return (long) bits * (ip + wp + op);
    }

    /** Null if the tile fits, else the first limit it exceeds. */
    String overBudget(int tm, int tn, int tr, int tc, int ip, int wp, int op) {
        if (dsps(tm, tn) > board.dspCount()) {
            return "needs " + dsps(tm, tn) + " DSPs of " + board.dspCount();
        }
        if (portBits(ip, wp, op) > portBits) {
            return "ports need " + portBits(ip, wp, op) + " bits per cycle of " + portBits;
        }
        if (bramBytes(tm, tn, tr, tc) > board.bramBytes()) {
            return "needs " + bramBytes(tm, tn, tr, tc) + " bytes of BRAM of " + board.bramBytes();
        }
        return null;
    }
}
