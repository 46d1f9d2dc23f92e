package org.hwnas.model.network.zoo;

import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/** torchvision's MobileNetV2 (width 1.0, 224x224), layer names after its {@code features.i} modules. */
final class MobileNets {
    /** Inverted-residual settings from the paper: expansion t, channels c, repeats n, first stride s. */
    private static final int[][] SETTINGS = {
        {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1},
    };

    private MobileNets() {
    }

    static Network mobilenetV2() {
        NetworkBuilder b = new NetworkBuilder("mobilenetv2", "image", TensorShape.of(1, 3, 224, 224));
        b.conv("features.0.conv", 32, 3, 2, 1);
        b.bn("features.0.bn");
        b.relu6("features.0.relu6");
        int in = 32;
        int index = 1;
        for (int[] s : SETTINGS) {
            for (int i = 0; i < s[2]; i++) {
                invertedResidual(b, "features." + index++ + ".", in, s[1], i == 0 ? s[3] : 1, s[0]);
                in = s[1];
            }
        }
        b.conv("features." + index + ".conv", 1280, 1, 1, 0);
        b.bn("features." + index + ".bn");
        b.relu6("features." + index + ".relu6");
        b.globalAvgPool("avgpool");
        b.flatten("flatten");
        b.linear("classifier.1", 1000);
        return b.build();
    }

    /** [expand 1x1-bn-relu6] - depthwise 3x3-bn-relu6 - project 1x1-bn (linear), residual when shapes match. */
    private static void invertedResidual(NetworkBuilder b, String p, int in, int out, int stride, int expansion) {
        String x = b.last();
        int hidden = in * expansion;
        if (expansion != 1) {
            b.conv(p + "expand", hidden, 1, 1, 0);
            b.bn(p + "expand_bn");
            b.relu6(p + "expand_relu6");
        }
        b.depthwise(p + "dw", hidden, 3, stride, 1);
        b.bn(p + "dw_bn");
        b.relu6(p + "dw_relu6");
        b.conv(p + "project", out, 1, 1, 0);
        String y = b.bn(p + "project_bn");
        if (stride == 1 && in == out) {
            b.add(p + "add", x, y);
        }
    }
}
