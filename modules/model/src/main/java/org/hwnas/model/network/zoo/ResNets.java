package org.hwnas.model.network.zoo;

import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/** torchvision's ResNet-18 (basic blocks) and ResNet-50 (v1.5 bottlenecks: stride on the 3x3 conv). */
final class ResNets {
    private static final int[] STAGE_WIDTHS = {64, 128, 256, 512};

    private ResNets() {
    }

    static Network resnet18() {
        return resnet("resnet18", new int[] {2, 2, 2, 2}, false);
    }

    static Network resnet50() {
        return resnet("resnet50", new int[] {3, 4, 6, 3}, true);
    }

    private static Network resnet(String name, int[] blocks, boolean bottleneck) {
        NetworkBuilder b = new NetworkBuilder(name, "image", TensorShape.of(1, 3, 224, 224));
        b.conv("conv1", 64, 7, 2, 3);
        b.bn("bn1");
        b.relu("relu");
        b.maxPool("maxpool", 3, 2, 1);
        int inChannels = 64;
        for (int stage = 0; stage < blocks.length; stage++) {
            for (int i = 0; i < blocks[stage]; i++) {
                int stride = stage > 0 && i == 0 ? 2 : 1;
                String prefix = "layer" + (stage + 1) + "." + i + ".";
                inChannels = bottleneck
                        ? bottleneck(b, prefix, inChannels, STAGE_WIDTHS[stage], stride)
                        : basic(b, prefix, inChannels, STAGE_WIDTHS[stage], stride);
            }
        }
        b.globalAvgPool("avgpool");
        b.flatten("flatten");
        b.linear("fc", 1000);
        return b.build();
    }

    /** conv3x3-bn-relu-conv3x3-bn, plus the input (projected when the shape changes), then relu. */
    private static int basic(NetworkBuilder b, String p, int in, int planes, int stride) {
        String x = b.last();
        b.conv(p + "conv1", planes, 3, stride, 1);
        b.bn(p + "bn1");
        b.relu(p + "relu1");
        b.conv(p + "conv2", planes, 3, 1, 1);
        String main = b.bn(p + "bn2");
        b.add(p + "add", main, shortcut(b, p, x, in, planes, stride));
        b.relu(p + "relu2");
        return planes;
    }

    /** conv1x1-bn-relu-conv3x3(stride)-bn-relu-conv1x1(4x)-bn, plus the shortcut, then relu. */
    private static int bottleneck(NetworkBuilder b, String p, int in, int planes, int stride) {
        int out = planes * 4;
        String x = b.last();
        b.conv(p + "conv1", planes, 1, 1, 0);
        b.bn(p + "bn1");
        b.relu(p + "relu1");
        b.conv(p + "conv2", planes, 3, stride, 1);
        b.bn(p + "bn2");
        b.relu(p + "relu2");
        b.conv(p + "conv3", out, 1, 1, 0);
        String main = b.bn(p + "bn3");
        b.add(p + "add", main, shortcut(b, p, x, in, out, stride));
        b.relu(p + "relu3");
        return out;
    }

    /** The block input itself, or torchvision's {@code downsample}: conv1x1(stride) + bn. */
    private static String shortcut(NetworkBuilder b, String p, String x, int in, int out, int stride) {
        if (stride == 1 && in == out) {
            return x;
        }
        b.from(x).conv(p + "downsample.0", out, 1, stride, 0);
        return b.bn(p + "downsample.1");
    }
}
