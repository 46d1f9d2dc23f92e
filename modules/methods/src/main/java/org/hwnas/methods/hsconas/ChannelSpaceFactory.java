package org.hwnas.methods.hsconas;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.mbv2.MbBlock;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.latency.analytical.AcceleratorDesigns;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.doc.DocNode;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.spi.SearchSpaceFactory;
import org.hwnas.search.space.SpaceOptions;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code "space": {"id": "mbv2-ch", "ops"?, "widths"?, "resolution"?, "classes"?, "device"? | "base"?}}:
 * the HSCoNAS space ({@link ChannelSpace}). {@code device} names a bundled FPGA design (default
 * {@code zc706-fpga}), {@code base} a {@code kind: fpga} design file relative to the study.
 */
@ServiceProvider(service = SearchSpaceFactory.class)
public final class ChannelSpaceFactory implements SearchSpaceFactory {
    public static final String ID = "mbv2-ch";
    public static final List<String> DEFAULT_OPS = List.of("k3e3", "k3e6", "k5e3", "k5e6", "k7e3", "k7e6");
    public static final List<Double> DEFAULT_WIDTHS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0);
    public static final String DEFAULT_DEVICE = "zc706-fpga";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "HSCoNAS: MobileNetV2 skeleton, an op per layer (16) and a channel width per stage (6); latency from a per-layer LUT on an FPGA board";
    }

    @Override
    public SearchSpace create(DocNode spec) {
        spec.allowOnly("id", "name", "ops", "widths", "resolution", "classes", "device", "base");
        List<MbBlock> ops = new ArrayList<>();
        if (spec.has("ops")) {
            for (DocNode n : spec.get("ops").elements()) {
                try {
                    MbBlock b = MbBlock.parse(n.json().asText());
                    if (ops.contains(b)) {
                        n.error("op listed twice");
                    } else {
                        ops.add(b);
                    }
                } catch (IllegalArgumentException e) {
                    n.error(e.getMessage());
                }
            }
            if (ops.isEmpty() && spec.get("ops").json().isArray()) {
                spec.get("ops").error("list at least one op, e.g. \"k3e6\"");
            }
        }
        if (ops.isEmpty()) {
            DEFAULT_OPS.forEach(t -> ops.add(MbBlock.parse(t)));
        }
        List<Double> widths = SpaceOptions.positives(spec, "widths", DEFAULT_WIDTHS, 4.0);
        if (widths.stream().distinct().count() != widths.size()) {
            spec.get("widths").error("a width is listed twice");
            widths = widths.stream().distinct().toList();
        }
        int resolution = spec.integer("resolution", 160, 32, 1024);
        int classes = spec.integer("classes", 1000, 1, 100_000);
        Accelerator board;
        if (spec.has("base")) {
            if (spec.has("device")) {
                spec.get("device").error("give \"device\" or \"base\", not both");
            }
            board = SpaceOptions.design(spec, "base");
            if (board == null) {
                return null;
            }
        } else {
            String device = spec.string("device", DEFAULT_DEVICE);
            try {
                board = AcceleratorDesigns.resolve(device, AcceleratorDesigns.bundled().entrySet().stream()
                        .filter(e -> e.getValue().fpgaResources().isPresent()).map(java.util.Map.Entry::getKey).sorted().toList());
            } catch (IllegalArgumentException e) {
                spec.get("device").error(e.getMessage());
                return null;
            }
        }
        if (board.fpgaResources().isEmpty()) {
            spec.get(spec.has("base") ? "base" : "device").error("design '" + board.name() + "' is not an FPGA design (kind fpga)");
            return null;
        }
        return new ChannelSpace(ops, widths.isEmpty() ? DEFAULT_WIDTHS : widths, new MbMacro(resolution, classes), new LayerLut(board));
    }
}
