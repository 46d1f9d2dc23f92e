package org.hwnas.model.network.zoo;

import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;

/** AlexNet and VGG-16 as in torchvision (layer names follow torchvision's modules where they exist). */
final class PlainNets {
    private PlainNets() {
    }

    /**
     * torchvision's AlexNet (the single-GPU variant of "One weird trick", 64-192-384-256-256 channels).
     * Its {@code AdaptiveAvgPool2d(6)} sees a 6x6 map at 224x224 and is left out; dropout is inference-free.
     */
    static Network alexnet() {
        NetworkBuilder b = new NetworkBuilder("alexnet", "image", TensorShape.of(1, 3, 224, 224));
        b.convBias("features.0", 64, 11, 4, 2);
        b.relu("features.1");
        b.maxPool("features.2", 3, 2, 0);
        b.convBias("features.3", 192, 5, 1, 2);
        b.relu("features.4");
        b.maxPool("features.5", 3, 2, 0);
        b.convBias("features.6", 384, 3, 1, 1);
        b.relu("features.7");
        b.convBias("features.8", 256, 3, 1, 1);
        b.relu("features.9");
        b.convBias("features.10", 256, 3, 1, 1);
        b.relu("features.11");
        b.maxPool("features.12", 3, 2, 0);
        b.flatten("flatten");
        b.linear("classifier.1", 4096);
        b.relu("classifier.2");
        b.linear("classifier.4", 4096);
        b.relu("classifier.5");
        b.linear("classifier.6", 1000);
        return b.build();
    }

    /** VGG-16 (configuration D) without batch norm; its 7x7 adaptive pool is a no-op at 224x224. */
    static Network vgg16() {
        int[] config = {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0};
        NetworkBuilder b = new NetworkBuilder("vgg16", "image", TensorShape.of(1, 3, 224, 224));
        int index = 0;
        for (int channels : config) {
            if (channels == 0) {
                b.maxPool("features." + index++, 2, 2, 0);
            } else {
                b.convBias("features." + index++, channels, 3, 1, 1);
                b.relu("features." + index++);
            }
        }
        b.flatten("flatten");
        b.linear("classifier.0", 4096);
        b.relu("classifier.1");
        b.linear("classifier.3", 4096);
        b.relu("classifier.4");
        b.linear("classifier.6", 1000);
        return b.build();
    }
}
