package org.hwnas.arch.mbv2;

import java.util.List;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/**
 * The MobileNetV2 skeleton, built like torchvision's (inverted residuals, ReLU6, linear bottlenecks),
 * for any channel plan: the {@code mbv2} space scales it by one width, HSCoNAS's space per stage.
 */
public final class MbNetworks {
    private MbNetworks() {
    }

    /**
     * @param stemChannels  output channels of the 3x3 stride-2 stem
     * @param firstChannels output channels of the fixed first block (expansion 1)
     * @param stageChannels output channels of each stage, one per entry of {@code stages}
     * @param lastChannels  channels of the 1x1 head convolution
     */
    public static Network build(String name, MbMacro macro, int stemChannels, int firstChannels, int[] stageChannels,
                                int lastChannels, List<List<MbBlock>> stages) {
        NetworkBuilder b = new NetworkBuilder(name, "image", TensorShape.of(1, 3, macro.resolution(), macro.resolution()));
        b.conv("stem.conv", stemChannels, 3, 2, 1);
        b.bn("stem.bn");
        b.relu6("stem.relu6");
        invertedResidual(b, "first.", stemChannels, firstChannels, 1, new MbBlock(3, 1));
        int in = firstChannels;
        for (int s = 0; s < stages.size(); s++) {
            int out = stageChannels[s];
            List<MbBlock> blocks = stages.get(s);
            for (int i = 0; i < blocks.size(); i++) {
                invertedResidual(b, "s" + s + ".b" + i + ".", in, out, i == 0 ? MbMacro.STAGES.get(s).stride() : 1, blocks.get(i));
                in = out;
            }
        }
        b.conv("head.conv", lastChannels, 1, 1, 0);
        b.bn("head.bn");
        b.relu6("head.relu6");
        b.globalAvgPool("avgpool");
        b.flatten("flatten");
        b.linear("classifier", macro.classes());
        return b.build();
    }

    /** [expand 1x1-bn-relu6] - depthwise kxk-bn-relu6 - project 1x1-bn, residual when the shape is kept. */
    private static void invertedResidual(NetworkBuilder b, String p, int in, int out, int stride, MbBlock blk) {
        String x = b.last();
        int hidden = in * blk.expansion();
        if (blk.expansion() != 1) {
            b.conv(p + "expand", hidden, 1, 1, 0);
            b.bn(p + "expand_bn");
            b.relu6(p + "expand_relu6");
        }
        b.depthwise(p + "dw", hidden, blk.kernel(), stride, blk.kernel() / 2);
        b.bn(p + "dw_bn");
        b.relu6(p + "dw_relu6");
        b.conv(p + "project", out, 1, 1, 0);
        String y = b.bn(p + "project_bn");
        if (stride == 1 && in == out) {
            b.add(p + "add", x, y);
        }
    }
}
