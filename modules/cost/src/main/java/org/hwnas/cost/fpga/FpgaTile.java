package org.hwnas.cost.fpga;

/**
 * A tile of the FNAS / Zhang et al. (FPGA'15) tiled convolution: {@code tm} output channels x {@code tn}
 * input channels unrolled on a {@code tm x tn} MAC array, over an output tile of {@code tr} rows x
 * {@code tc} columns.
 */
public record FpgaTile(int tm, int tn, int tr, int tc) {

    public FpgaTile {
        if (tm <= 0 || tn <= 0 || tr <= 0 || tc <= 0) {
            throw new IllegalArgumentException("tile sizes must be > 0: " + tm + "x" + tn + "x" + tr + "x" + tc);
        }
    }

    @Override
    public String toString() {
        return "Tm" + tm + " Tn" + tn + " Tr" + tr + " Tc" + tc;
    }
}
