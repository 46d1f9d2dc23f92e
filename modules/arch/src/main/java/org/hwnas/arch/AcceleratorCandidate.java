package org.hwnas.arch;

import org.hwnas.model.accel.Accelerator;

/** A candidate that is an accelerator design (a point of an accelerator design space). */
public interface AcceleratorCandidate extends Architecture {

    /** The design as the cost models read it. */
    Accelerator accelerator();
}
