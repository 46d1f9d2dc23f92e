package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;

/**
 * Per loop dimension, how its bound is split over the memory levels and array axes (outermost first),
 * as a bar whose segments have widths proportional to {@code log(factor) / log(bound)}: the segments of
 * a valid mapping fill the bar exactly.
 */
public final class TilingBars {

    private TilingBars() {
    }

    /** One factor of a dimension: where it sits (a level or {@code spatial cols}) and its size. */
    public record Segment(String where, int factor, boolean spatial, double fraction) {
    }

    /** @param product the product of the factors (equals the bound in a valid mapping) */
    public record Bar(Dim dim, int bound, long product, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        public boolean complete() {
            return product == bound;
        }
    }

    /** Bars of every dimension whose bound or factors are above 1, in Dim order. */
    public static List<Bar> of(Mapping m, Accelerator a) {
        List<Bar> out = new ArrayList<>();
        for (Dim d : Dim.values()) {
            int bound = m.bounds().get(d);
            List<Segment> segs = new ArrayList<>();
            double logBound = Math.log(bound);
            long product = 1;
            for (LoopListing.Line line : LoopListing.lines(m, a, null)) {
                Loop loop = line.loop();
                if (loop == null || loop.dim() != d || loop.factor() == 1) {
                    continue;
                }
                String where = line.spatial() ? line.text().substring(line.text().indexOf("(spatial ") + 1,
                        line.text().length() - 1) : line.level();
                double fraction = bound > 1 ? Math.log(loop.factor()) / logBound : 0;
                segs.add(new Segment(where, loop.factor(), line.spatial(), fraction));
                product *= loop.factor();
            }
            if (bound > 1 || !segs.isEmpty()) {
                out.add(new Bar(d, bound, product, segs));
            }
        }
        return out;
    }
}
