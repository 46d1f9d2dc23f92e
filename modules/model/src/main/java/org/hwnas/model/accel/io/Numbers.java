package org.hwnas.model.accel.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hwnas.model.doc.DocNode;

/** Number helpers shared by the document codecs. */
public final class Numbers {

    private Numbers() {
    }

    /** Writes integral values without a fraction ({@code 200}, not {@code 200.0}) so documents stay as written. */
    public static void put(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    /**
     * A count in {@code [1, max]}: "must be > 0" below, "must be <= max" above. Required when
     * {@code fallback} is negative.
     */
    public static long count(DocNode n, String field, long fallback, long max) {
        long v = fallback < 0 ? n.longValue(field, 1, Long.MAX_VALUE) : n.longValue(field, fallback, 1, Long.MAX_VALUE);
        if (v > max) {
            n.get(field).error("must be <= " + max + ", got " + v);
            return Math.max(1, fallback);
        }
        return v;
    }

    /** A required number &gt; 0 (zero is reported as such, not as a range). */
    public static double positive(DocNode n, String field, double max) {
        double v = n.number(field, 0, max);
        if (v == 0 && n.has(field) && n.get(field).json().isNumber()) {
            n.get(field).error("must be > 0, got " + n.get(field).json().asText());
        }
        return v;
    }

    /** An optional number &gt; 0; {@code fallback} when absent. */
    public static double positive(DocNode n, String field, double fallback, double max, String hint) {
        if (!n.has(field)) {
            return fallback;
        }
        double v = n.number(field, fallback, 0, max);
        if (v == 0 && n.get(field).json().isNumber()) {
            n.get(field).error("must be > 0" + hint + ", got " + n.get(field).json().asText());
            return fallback;
        }
        return v;
    }
}
