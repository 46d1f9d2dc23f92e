package org.hwnas.model.accel;

/** A spatial PE-array accelerator (loop-nest and systolic models) or an FPGA (FNAS tile model). */
public enum AcceleratorKind {
    SPATIAL, FPGA;

    public String key() {
        return name().toLowerCase();
    }
}
