package org.hwnas.arch.mbv2;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.model.network.Network;

/**
 * A MobileNetV2 / ProxylessNAS-style network: a width multiplier and, per searched stage of
 * {@link MbMacro#STAGES}, its active blocks in order. A ProxylessNAS "zero" (skip) block in the middle of
 * a stage computes the same as removing it (all but the first block of a stage keep the shape and carry
 * a residual), so skips are not stored: a stage's depth is its number of active blocks.
 * <p>Text form: {@code w1.0|k3e6,k5e3|...} (width, then one group per stage).
 */
public record MbNetArch(double width, List<List<MbBlock>> stages, MbMacro macro) implements NetworkCandidate {
    public static final String FAMILY = "mbv2";

    public MbNetArch {
        if (!(width > 0) || width > 4) {
            throw new IllegalArgumentException("width multiplier must be in (0, 4], got " + width);
        }
        if (stages.size() != MbMacro.STAGES.size()) {
            throw new IllegalArgumentException("a MobileNetV2-style network has " + MbMacro.STAGES.size() + " stages, got " + stages.size());
        }
        List<List<MbBlock>> copy = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            if (stages.get(s).isEmpty()) {
                throw new IllegalArgumentException("stage " + s + " needs at least one block (its first block changes the shape)");
            }
            copy.add(List.copyOf(stages.get(s)));
        }
        stages = List.copyOf(copy);
        java.util.Objects.requireNonNull(macro, "macro");
    }

    /** MobileNetV2 itself: depths 2,3,4,3,3,1 of {@code k3e6} blocks. */
    public static MbNetArch mobilenetV2(double width, MbMacro macro) {
        List<List<MbBlock>> stages = new ArrayList<>();
        for (int d : MbMacro.MOBILENETV2_DEPTHS) {
            stages.add(java.util.Collections.nCopies(d, new MbBlock(3, 6)));
        }
        return new MbNetArch(width, stages, macro);
    }

    public int depth(int stage) {
        return stages.get(stage).size();
    }

    /** Reads the text form for the given skeleton. */
    public static MbNetArch parse(String text, MbMacro macro) {
        String[] groups = (text == null ? "" : text.strip()).split("\\|", -1);
        if (groups.length != MbMacro.STAGES.size() + 1 || !groups[0].startsWith("w")) {
            throw new IllegalArgumentException("not a MobileNetV2-style network '" + text + "': expected w<width>|<stage>|... with "
                    + MbMacro.STAGES.size() + " stages");
        }
        double width;
        try {
            width = Double.parseDouble(groups[0].substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a MobileNetV2-style network '" + text + "': bad width '" + groups[0] + "'");
        }
        List<List<MbBlock>> stages = new ArrayList<>();
        for (int s = 1; s < groups.length; s++) {
            List<MbBlock> blocks = new ArrayList<>();
            for (String t : groups[s].split(",", -1)) {
                blocks.add(MbBlock.parse(t));
            }
            stages.add(blocks);
        }
        return new MbNetArch(width, stages, macro);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String text() {
        return "w" + width + "|" + stages.stream()
                .map(st -> st.stream().map(MbBlock::token).collect(Collectors.joining(",")))
                .collect(Collectors.joining("|"));
    }

    /** Built like torchvision's MobileNetV2 ({@link MbNetworks}), every channel count scaled by the width. */
    @Override
    public Network network() {
        int[] stageChannels = new int[stages.size()];
        for (int s = 0; s < stageChannels.length; s++) {
            stageChannels[s] = MbMacro.scaled(MbMacro.STAGES.get(s).channels(), width);
        }
        return MbNetworks.build("mbv2-" + Integer.toHexString(text().hashCode()), macro, MbMacro.scaled(MbMacro.STEM, width),
                MbMacro.scaled(MbMacro.FIRST_BLOCK, width), stageChannels, MbMacro.scaled(MbMacro.LAST, Math.max(1.0, width)), stages);
    }

    @Override
    public String toString() {
        return text();
    }
}
