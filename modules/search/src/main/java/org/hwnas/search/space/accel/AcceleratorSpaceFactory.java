package org.hwnas.search.space.accel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocNode;
import org.hwnas.model.workload.Dim;
import org.hwnas.search.space.SpaceOptions;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "accelerator", "base": "../accelerators/eyeriss-like.hwacc.json", "pes": 168,
 * "min_axis": 2, "parallel_dims": ["K","C","P","Q","R","S"], "spad_scale": [0.5, 1, 2],
 * "bandwidth_scale": [0.5, 1, 2], "onchip_bytes": 197952}}; only {@code base} is required (a path
 * relative to the study); {@code pes} and {@code onchip_bytes} default to the base design's.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class AcceleratorSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "accelerator";
    static final List<Dim> DIMS = List.of(Dim.K, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S);
    static final List<Double> SCALES = List.of(0.5, 1.0, 2.0);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "accelerator sizing + connectivity around a base design at equal PEs and on-chip bytes (NAAS-style)";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "base", "pes", "min_axis", "parallel_dims", "spad_scale", "bandwidth_scale", "onchip_bytes");
        Accelerator base = SpaceOptions.design(spec, "base");
        int pes = spec.integer("pes", base == null ? 1 : base.totalPes(), 1, 1 << 20);
        int minAxis = spec.integer("min_axis", 2, 1, 1 << 20);
        List<Dim> dims = dims(spec);
        List<Double> scales = SpaceOptions.positives(spec, "spad_scale", SCALES, 64);
        List<Double> bw = SpaceOptions.positives(spec, "bandwidth_scale", SCALES, 64);
        if (base == null) {
            return null; // problem recorded; the reader stops before using the space
        }
        long bytes = spec.longValue("onchip_bytes", AcceleratorBudget.baseBytes(base), 1, Long.MAX_VALUE / 4);
        try {
            return new AcceleratorSpace(base, pes, minAxis, dims, scales, bw, bytes);
        } catch (IllegalArgumentException e) {
            spec.error(e.getMessage());
            return null;
        }
    }

    private static List<Dim> dims(DocNode spec) {
        if (!spec.has("parallel_dims")) {
            return DIMS;
        }
        Set<Dim> out = new LinkedHashSet<>();
        for (DocNode n : spec.get("parallel_dims").elements()) {
            try {
                if (!n.json().isTextual() || !out.add(Dim.parse(n.json().asText()))) {
                    n.error(n.json().isTextual() ? "listed twice" : "must be a loop dimension (N, G, K, C, P, Q, R, S)");
                }
            } catch (IllegalArgumentException e) {
                n.error(e.getMessage());
            }
        }
        if (out.size() < 2) {
            if (spec.get("parallel_dims").json().isArray()) {
                spec.get("parallel_dims").error("list at least two dimensions (one per array axis)");
            }
            return DIMS;
        }
        return new ArrayList<>(out);
    }
}
