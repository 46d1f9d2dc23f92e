package org.hwnas.model.accel;

/**
 * FPGA resources for the FNAS tile model.
 *
 * @param dspCount         DSP slices available
 * @param bramBytes        on-chip block RAM in bytes
 * @param offchipGBps      DDR bandwidth in GB/s (10^9 bytes per second)
 * @param dspPerMac        DSP slices one MAC needs at the accelerator's precision (1 for 16-bit fixed point)
 */
public record FpgaResources(int dspCount, long bramBytes, double offchipGBps, int dspPerMac) {

    public FpgaResources {
        if (dspCount <= 0 || bramBytes <= 0 || dspPerMac <= 0 || !(offchipGBps > 0) || !Double.isFinite(offchipGBps)) {
            throw new IllegalArgumentException("FPGA resources must be positive: dsp=" + dspCount + " bram=" + bramBytes
                    + " bw=" + offchipGBps + " dsp/mac=" + dspPerMac);
        }
    }

    /** MACs the DSPs can issue per cycle. */
    public int macsPerCycle() {
        return dspCount / dspPerMac;
    }

    /** Off-chip bytes per cycle at the given clock. */
    public double offchipBytesPerCycle(double clockMhz) {
        return offchipGBps * 1e9 / (clockMhz * 1e6);
    }
}
