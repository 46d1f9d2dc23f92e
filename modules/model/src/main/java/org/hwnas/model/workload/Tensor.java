package org.hwnas.model.workload;

import java.util.EnumSet;
import java.util.Set;

/** The three operands of a convolution and which loop dimensions index each one. */
public enum Tensor {
    WEIGHTS(EnumSet.of(Dim.G, Dim.K, Dim.C, Dim.R, Dim.S)),
    /** P and R both move the input's width coordinate (w = U*p + D*r); Q and S move the height. */
    INPUTS(EnumSet.of(Dim.N, Dim.G, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S)),
    OUTPUTS(EnumSet.of(Dim.N, Dim.G, Dim.K, Dim.P, Dim.Q));

    private final Set<Dim> relevant;

    Tensor(Set<Dim> relevant) {
        this.relevant = relevant;
    }

    /** True when iterating over {@code d} changes which elements of this tensor are touched. */
    public boolean isRelevant(Dim d) {
        return relevant.contains(d);
    }

    public Set<Dim> relevantDims() {
        return EnumSet.copyOf(relevant);
    }

    /** Short name used in documents and reports. */
    public String key() {
        return name().toLowerCase();
    }
}
