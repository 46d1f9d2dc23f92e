package org.hwnas.cost.api;

import java.util.List;

/**
 * A layer, mapping or design that a cost model cannot evaluate; each reason names the level (or array
 * axis) and the dimension or tensor concerned. Never carries a wrong number instead.
 */
public final class CostException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> reasons;

    public CostException(List<String> reasons) {
        super(String.join(System.lineSeparator(), reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a CostException needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public CostException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
