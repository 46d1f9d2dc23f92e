package org.hwnas.model.network.zoo;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/**
 * NAS-Bench-201's cell network (the benchmark's {@code TinyNetwork} with an inferred cell) for CIFAR:
 * a 3x3 stem conv + BN, three stages of N cells at C, 2C and 4C channels joined by residual reduction
 * blocks, then BN-ReLU, global average pooling and a linear classifier.
 * <p>Cell operations: {@code nor_conv_kxk} is ReLU-Conv-BN, {@code avg_pool_3x3} is a 3x3 stride-1
 * average pool, {@code skip_connect} an identity and {@code none} a zero tensor. A node with several
 * incoming edges adds them.
 */
public final class Nb201 {
    /** The benchmark's configuration: 16 stem channels, 5 cells per stage, CIFAR-10 at 32x32. */
    public static final int CHANNELS = 16;
    public static final int CELLS_PER_STAGE = 5;
    public static final int CLASSES = 10;

    /**
     * A top CIFAR-10 cell of the benchmark: {@code arch_index} 9930, 94.36 % CIFAR-10 test accuracy after
     * 200 epochs (the best cell reaches 94.37 %); five 3x3 convs and one skip connection.
     */
    public static final String EXAMPLE_ARCH =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private Nb201() {
    }

    /** The benchmark's network for an arch string, named {@code nb201}. */
    public static Network network(String arch) {
        return network("nb201", Nb201Arch.parse(arch), CHANNELS, CELLS_PER_STAGE, CLASSES);
    }

    /** The network for one cell at a chosen size (search spaces may scale it). */
    public static Network network(String name, Nb201Arch arch, int channels, int cellsPerStage, int classes) {
        NetworkBuilder b = new NetworkBuilder(name, "image", TensorShape.of(1, 3, 32, 32));
        b.conv("stem.conv", channels, 3, 1, 1);
        b.bn("stem.bn");
        int c = channels;
        int index = 0;
        for (int stage = 0; stage < 3; stage++) {
            if (stage > 0) {
                reduction(b, "cells." + index++ + ".", c * 2);
                c *= 2;
            }
            for (int i = 0; i < cellsPerStage; i++) {
                cell(b, "cells." + index++ + ".", arch, c);
            }
        }
        b.bn("lastact.bn");
        b.relu("lastact.relu");
        b.globalAvgPool("global_pooling");
        b.flatten("flatten");
        b.linear("classifier", classes);
        return b.build();
    }

    /** Node i sums op(i, j)(node j) over j &lt; i; the cell's output is node 3. */
    private static void cell(NetworkBuilder b, String p, Nb201Arch arch, int channels) {
        List<String> nodes = new ArrayList<>();
        nodes.add(b.last());
        for (int node = 1; node <= Nb201Arch.NODES; node++) {
            List<String> terms = new ArrayList<>();
            for (int source = 0; source < node; source++) {
                String edge = p + "edge" + node + "_" + source + ".";
                terms.add(op(b.from(nodes.get(source)), edge, arch.op(node, source), channels));
            }
            // node 3 always sums three edges, so the cell ends with its add and the next cell reads it
            nodes.add(terms.size() == 1 ? terms.get(0) : b.add(p + "node" + node, terms.toArray(String[]::new)));
        }
    }

    private static String op(NetworkBuilder b, String p, Nb201Op op, int channels) {
        return switch (op) {
            case NONE -> b.zero(p + "zero", 1);
            case SKIP_CONNECT -> b.identity(p + "skip");
            case AVG_POOL_3X3 -> b.avgPool(p + "avg_pool", 3, 1, 1);
            case NOR_CONV_1X1 -> reluConvBn(b, p, channels, 1, 1, 0);
            case NOR_CONV_3X3 -> reluConvBn(b, p, channels, 3, 1, 1);
        };
    }

    private static String reluConvBn(NetworkBuilder b, String p, int out, int kernel, int stride, int padding) {
        b.relu(p + "relu");
        b.conv(p + "conv", out, kernel, stride, padding);
        return b.bn(p + "bn");
    }

    /** The benchmark's ResNetBasicblock with stride 2: two ReLU-Conv-BN plus an avgpool + 1x1 conv shortcut. */
    private static void reduction(NetworkBuilder b, String p, int out) {
        String x = b.last();
        reluConvBn(b, p + "conv_a.", out, 3, 2, 1);
        String main = reluConvBn(b, p + "conv_b.", out, 3, 1, 1);
        b.from(x).avgPool(p + "downsample.0", 2, 2, 0);
        String shortcut = b.conv(p + "downsample.1", out, 1, 1, 0);
        b.add(p + "add", shortcut, main);
    }
}
