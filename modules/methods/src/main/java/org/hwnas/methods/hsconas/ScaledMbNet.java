package org.hwnas.methods.hsconas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.mbv2.MbBlock;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetworks;
import org.hwnas.model.network.Network;
import org.hwnas.model.workload.LoopBounds;

/**
 * A MobileNetV2-style network whose searched stages each have their own channel-width factor (the
 * HSCoNAS genome: per layer an operator, per stage a channel scaling factor). The skeleton is
 * {@link MbMacro}'s (stem 32, first block 16, six stages of 24..320 channels, head 1280) with MobileNetV2's
 * stage depths {@code 2,3,4,3,3,1}; stage {@code s} has {@code MbMacro.scaled(channels_s, width_s)}
 * channels, the stem, first block and head stay at width 1.0.
 * <p>Text: one group per stage, {@code x0.75:k3e6,k5e3|x1.0:k3e3,k3e3,k3e3|...}.
 */
public record ScaledMbNet(List<Double> widths, List<List<MbBlock>> stages, MbMacro macro) implements NetworkCandidate {
    public static final String FAMILY = "mbv2-ch";
    public static final List<Integer> DEPTHS = MbMacro.MOBILENETV2_DEPTHS;

    public ScaledMbNet {
        widths = List.copyOf(widths);
        if (widths.size() != DEPTHS.size() || stages.size() != DEPTHS.size()) {
            throw new IllegalArgumentException("a mbv2-ch network has " + DEPTHS.size() + " stages, got " + widths.size()
                    + " widths and " + stages.size() + " stages");
        }
        List<List<MbBlock>> copy = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            if (stages.get(s).size() != DEPTHS.get(s)) {
                throw new IllegalArgumentException("stage " + s + " has " + DEPTHS.get(s) + " blocks, got " + stages.get(s).size());
            }
            double w = widths.get(s);
            if (!(w > 0) || w > 4) {
                throw new IllegalArgumentException("stage " + s + " width factor must be in (0, 4], got " + w);
            }
            copy.add(List.copyOf(stages.get(s)));
        }
        stages = List.copyOf(copy);
        java.util.Objects.requireNonNull(macro, "macro");
    }

    /** Output channels of stage {@code s}. */
    public int channels(int s) {
        return MbMacro.scaled(MbMacro.STAGES.get(s).channels(), widths.get(s));
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String text() {
        List<String> g = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            g.add("x" + fmt(widths.get(s)) + ":" + stages.get(s).stream().map(MbBlock::token).collect(Collectors.joining(",")));
        }
        return String.join("|", g);
    }

    static String fmt(double w) {
        return String.format(Locale.ROOT, "%s", w);
    }

    /** Reads the text form. */
    public static ScaledMbNet parse(String text, MbMacro macro) {
        String[] groups = (text == null ? "" : text.strip()).split("\\|", -1);
        if (groups.length != DEPTHS.size()) {
            throw new IllegalArgumentException("not a mbv2-ch network '" + text + "': expected " + DEPTHS.size()
                    + " groups x<width>:<block>,... separated by '|'");
        }
        List<Double> widths = new ArrayList<>();
        List<List<MbBlock>> stages = new ArrayList<>();
        for (String g : groups) {
            int colon = g.indexOf(':');
            if (!g.startsWith("x") || colon < 2) {
                throw new IllegalArgumentException("not a mbv2-ch network '" + text + "': group '" + g + "' must read x<width>:<blocks>");
            }
            try {
                widths.add(Double.parseDouble(g.substring(1, colon)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a mbv2-ch network '" + text + "': bad width in '" + g + "'");
            }
            List<MbBlock> blocks = new ArrayList<>();
            for (String t : g.substring(colon + 1).split(",", -1)) {
                blocks.add(MbBlock.parse(t));
            }
            stages.add(blocks);
        }
        return new ScaledMbNet(widths, stages, macro);
    }

    /** Built like {@code MbNetArch} (torchvision's MobileNetV2), with per-stage channels. */
    /** The MobileNetV2 skeleton ({@link MbNetworks}) with this candidate's per-stage channels. */
    @Override
    public Network network() {
        int[] stageChannels = new int[stages.size()];
        for (int s = 0; s < stageChannels.length; s++) {
            stageChannels[s] = channels(s);
        }
        return MbNetworks.build("mbv2ch-" + Integer.toHexString(text().hashCode()), macro, MbMacro.STEM, MbMacro.FIRST_BLOCK,
                stageChannels, MbMacro.LAST, stages);
    }

    /**
     * The loop nests of the compute layers (conv, depthwise, linear) in network order, computed from the
     * genome without building the graph: channel scaling asks for many latencies per child, and the
     * per-layer LUT is keyed by these. Equal to the network's analysis (tested).
     */
    public List<LoopBounds> computeLayers() {
        List<LoopBounds> out = new ArrayList<>();
        int h = (macro.resolution() - 1) / 2 + 1;
        out.add(LoopBounds.conv(1, MbMacro.STEM, 3, h, h, 3, 3, 2));
        h = block(out, h, MbMacro.STEM, MbMacro.FIRST_BLOCK, 1, new MbBlock(3, 1));
        int in = MbMacro.FIRST_BLOCK;
        for (int s = 0; s < stages.size(); s++) {
            int o = channels(s);
            for (int i = 0; i < stages.get(s).size(); i++) {
                h = block(out, h, in, o, i == 0 ? MbMacro.STAGES.get(s).stride() : 1, stages.get(s).get(i));
                in = o;
            }
        }
        out.add(LoopBounds.conv(1, MbMacro.LAST, in, h, h, 1, 1, 1));
        out.add(LoopBounds.linear(1, macro.classes(), MbMacro.LAST));
        return out;
    }

    private static int block(List<LoopBounds> out, int h, int in, int o, int stride, MbBlock blk) {
        int hidden = in * blk.expansion();
        if (blk.expansion() != 1) {
            out.add(LoopBounds.conv(1, hidden, in, h, h, 1, 1, 1));
        }
        int h2 = (h - 1) / stride + 1;
        out.add(new LoopBounds(1, hidden, 1, 1, h2, h2, blk.kernel(), blk.kernel(), stride, stride, 1, 1));
        out.add(LoopBounds.conv(1, o, hidden, h2, h2, 1, 1, 1));
        return h2;
    }

    @Override
    public String toString() {
        return text();
    }
}
