package org.hwnas.cost.fpga;

import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.workload.LoopBounds;

/**
 * The FNAS tile model (METHODS.md section 4) with one convention, the classic one of Zhang et al.
 * (FPGA'15) that FNAS's template follows: {@code tr x tc} are <em>output</em> tile extents, so the input
 * tile carries the halo.
 * <pre>
 * input tile  = tn * ((tr-1)*U + (S-1)*D + 1) * ((tc-1)*U + (R-1)*D + 1)   words
 * weight tile = tm * tn * R * S                                           words
 * output tile = tm * tr * tc                                              words
 * compute     = R * S * tr * tc cycles (a tm x tn MAC array)
 * load        = (input + weight tile) / DDR words per cycle   (one DDR shared by both loads)
 * store       = output tile / DDR words per cycle
 * lat1  = max(load, compute)                 double buffering: next load overlaps this compute
 * lat2  = max(ceil(C/tn) * lat1, store)       the store of a finished output tile overlaps the next C loop
 * total = N * ceil(Q/tr) * ceil(P/tc) * ceil(K/tm) * lat2    (no pipeline fill/drain term, as FNAS's code)
 * </pre>
 * Depthwise layers (G &gt; 1, K = C = 1 per group) use the dconv template: channels tm = tn, weights
 * {@code tm*R*S}, one MAC per channel lane. Other grouped layers run group after group. Resources: DSPs
 * {@code tm*tn*dspPerMac} (dconv: {@code tm*dspPerMac}); BRAM holds double-buffered input and output
 * tiles and the weight tile, counted in bytes (not in 18 Kb block granularity).
 *
 * @param tile       the tile
 * @param cycles     total cycles (rounded up)
 * @param loadCycles per-tile load phase
 * @param computeCycles per-tile compute phase
 * @param storeCycles per-tile store phase
 * @param dsps       DSP slices the tile needs
 * @param bramBytes  block RAM the tile needs
 * @param ddrInputs  input words loaded over DDR for the whole layer (halo re-reads included)
 * @param ddrWeights weight words loaded over DDR
 * @param ddrOutputs output words stored over DDR
 * @param depthwise  whether the dconv template was used
 * @param bottleneck the phase that sets the pipeline rate (as FNAS's model reports it)
 */
public record FpgaTileAnalysis(FpgaTile tile, long cycles, double loadCycles, double computeCycles, double storeCycles,
                               long dsps, long bramBytes, long ddrInputs, long ddrWeights, long ddrOutputs, boolean depthwise,
                               Bottleneck bottleneck) {

    /** Which phase bounds the tile pipeline. */
    public enum Bottleneck { LOAD, COMPUTE, STORE }

    public static FpgaTileAnalysis of(LoopBounds b, FpgaTile t, FpgaResources fpga, double clockMhz, int precisionBits) {
        boolean dw = b.g() > 1 && b.k() == 1 && b.c() == 1;
        int outCh = dw ? b.g() : b.k();
        int inCh = dw ? 1 : b.c();
        int tm = Math.min(t.tm(), outCh);
        int tn = dw ? tm : Math.min(t.tn(), inCh);
        int tr = Math.min(t.tr(), b.q());
        int tc = Math.min(t.tc(), b.p());
        long inH = (long) (tr - 1) * b.strideH() + (long) (b.s() - 1) * b.dilationH() + 1;
        long inW = (long) (tc - 1) * b.strideW() + (long) (b.r() - 1) * b.dilationW() + 1;
        long inTile = (long) tn * inH * inW;
        long wTile = dw ? (long) tm * b.r() * b.s() : (long) tm * tn * b.r() * b.s();
        long outTile = (long) tm * tr * tc;
        double wordsPerCycle = fpga.offchipBytesPerCycle(clockMhz) / (precisionBits / 8.0);
        double load = (inTile + wTile) / wordsPerCycle;
        double compute = (double) b.r() * b.s() * tr * tc;
        double store = outTile / wordsPerCycle;
        long cLoop = dw ? 1 : ceilDiv(inCh, tn);
        long tiles = (long) b.n() * ceilDiv(b.q(), tr) * ceilDiv(b.p(), tc) * ceilDiv(outCh, tm);
        double lat1 = Math.max(load, compute);
        double lat2 = Math.max(cLoop * lat1, store);
        long groups = dw ? 1 : b.g();
        long cycles = (long) Math.ceil(groups * tiles * lat2);
        long dsps = (long) (dw ? tm : tm * tn) * fpga.dspPerMac();
        long bram = (2 * inTile + 2 * outTile + wTile) * precisionBits / 8;
        Bottleneck neck = store > cLoop * lat1 ? Bottleneck.STORE : load > compute ? Bottleneck.LOAD : Bottleneck.COMPUTE;
        return new FpgaTileAnalysis(new FpgaTile(tm, tn, tr, tc), cycles, load, compute, store, dsps, bram,
                groups * tiles * cLoop * inTile, groups * tiles * cLoop * wTile, groups * tiles * outTile, dw, neck);
    }

    /** Null if the tile fits the board, else what it exceeds. */
    public String overBudget(FpgaResources fpga) {
        if (dsps > fpga.dspCount()) {
            return "tile " + tile + " needs " + dsps + " DSPs, the board has " + fpga.dspCount();
        }
        if (bramBytes > fpga.bramBytes()) {
            return "tile " + tile + " needs " + bramBytes + " bytes of BRAM (double-buffered input and output tiles, weight tile), the board has "
                    + fpga.bramBytes();
        }
        return null;
    }

    public long ddrWords() {
        return ddrInputs + ddrWeights + ddrOutputs;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
