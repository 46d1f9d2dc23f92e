package org.hwnas.model.network.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.ShapeInference;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;

/** Random valid networks of every layer kind: propose a layer, keep it if the network still infers. */
final class RandomNetworks {
    private RandomNetworks() {
    }

    static Network generate(long seed, int size) {
        Random rnd = new Random(seed);
        TensorShape input = TensorShape.of(1 + rnd.nextInt(2), 1 + rnd.nextInt(8), 1 + rnd.nextInt(20), 1 + rnd.nextInt(20));
        String inputName = "in" + rnd.nextInt(3);
        List<Layer> layers = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(inputName));
        for (int tries = 0; layers.size() < size && tries < size * 20; tries++) {
            Layer candidate = propose(rnd, "l" + layers.size() + (rnd.nextBoolean() ? "" : ".x/" + rnd.nextInt(9)), names);
            List<Layer> attempt = new ArrayList<>(layers);
            attempt.add(candidate);
            if (ShapeInference.infer(inputName, input, attempt).ok()) {
                layers.add(candidate);
                names.add(candidate.name());
            }
        }
        if (layers.isEmpty()) {
            layers.add(Layer.of("only", LayerKind.IDENTITY));
        }
        return new Network("random-" + seed, inputName, input, layers);
    }

    private static Layer propose(Random rnd, String name, List<String> names) {
        LayerKind kind = LayerKind.values()[rnd.nextInt(LayerKind.values().length)];
        Layer layer = switch (kind) {
            case CONV2D -> {
                int groups = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(4) : 1;
                yield Layer.conv2d(name, groups * (1 + rnd.nextInt(6)), size(rnd, 1, 5), size(rnd, 1, 3),
                        size(rnd, 0, 3), size(rnd, 1, 3), groups, rnd.nextBoolean());
            }
            case LINEAR -> Layer.linear(name, 1 + rnd.nextInt(20), rnd.nextBoolean());
            case MAX_POOL, AVG_POOL -> {
                Size2 k = size(rnd, 1, 4);
                Size2 s = rnd.nextBoolean() ? k : size(rnd, 1, 3);
                yield Layer.pool(name, kind, k, s, Size2.of(rnd.nextInt(k.h() / 2 + 1), rnd.nextInt(k.w() / 2 + 1)));
            }
            case ZERO -> Layer.zero(name, size(rnd, 1, 3));
            default -> Layer.of(name, kind);
        };
        int arity = kind.minInputs() > 1 ? 2 + rnd.nextInt(2) : rnd.nextInt(3) == 0 ? 1 : 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            inputs.add(names.get(rnd.nextInt(names.size())));
        }
        return layer.withInputs(inputs);
    }

    private static Size2 size(Random rnd, int min, int max) {
        int h = min + rnd.nextInt(max - min + 1);
        return rnd.nextInt(3) == 0 ? Size2.of(h, min + rnd.nextInt(max - min + 1)) : Size2.square(h);
    }
}
