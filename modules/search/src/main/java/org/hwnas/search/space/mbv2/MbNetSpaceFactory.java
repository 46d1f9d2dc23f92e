package org.hwnas.search.space.mbv2;

import java.util.List;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.space.SpaceOptions;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "mbv2", "widths": [0.75, 1.0, 1.4], "kernels": [3, 5, 7], "expansions": [3, 6],
 * "min_depth": [1,1,1,1,1,1], "max_depth": [4,4,4,4,4,1], "resolution": 224, "classes": 1000}}; every
 * field is optional.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class MbNetSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "mbv2";
    static final List<Double> WIDTHS = List.of(0.75, 1.0, 1.4);
    static final List<Integer> KERNELS = List.of(3, 5, 7);
    static final List<Integer> EXPANSIONS = List.of(3, 6);
    static final List<Integer> MIN_DEPTH = List.of(1, 1, 1, 1, 1, 1);
    static final List<Integer> MAX_DEPTH = List.of(4, 4, 4, 4, 4, 1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "MobileNetV2 / ProxylessNAS blocks: kernel {3,5,7} x expansion {3,6} per block, depth per stage, width multiplier";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "widths", "kernels", "expansions", "min_depth", "max_depth", "resolution", "classes");
        List<Double> widths = SpaceOptions.positives(spec, "widths", WIDTHS, 4.0);
        List<Integer> kernels = SpaceOptions.ints(spec, "kernels", KERNELS, 1, 15);
        List<Integer> expansions = SpaceOptions.ints(spec, "expansions", EXPANSIONS, 1, 16);
        for (int i = 0; i < kernels.size(); i++) {
            if (kernels.get(i) % 2 == 0) {
                spec.get("kernels").at(i).error("kernels must be odd, got " + kernels.get(i));
                kernels = KERNELS;
                break;
            }
        }
        List<Integer> min = SpaceOptions.perStage(spec, "min_depth", MIN_DEPTH, 1, 16);
        List<Integer> max = SpaceOptions.perStage(spec, "max_depth", MAX_DEPTH, 1, 16);
        for (int s = 0; s < min.size(); s++) {
            if (min.get(s) > max.get(s)) {
                spec.get(spec.has("min_depth") ? "min_depth" : "max_depth").error("stage " + s + ": min_depth " + min.get(s)
                        + " > max_depth " + max.get(s) + ": the space is empty");
                min = MIN_DEPTH;
                max = MAX_DEPTH;
                break;
            }
        }
        int resolution = spec.integer("resolution", 224, 32, 4096);
        int classes = spec.integer("classes", 1000, 1, 1_000_000);
        return new MbNetSpace(widths, kernels, expansions, min, max, new MbMacro(resolution, classes));
    }
}
