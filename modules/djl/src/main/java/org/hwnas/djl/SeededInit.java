package org.hwnas.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * PyTorch's default initialisation of conv and linear layers, {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}
 * for weights and biases (what {@code kaiming_uniform_(a=sqrt(5))} works out to), drawn from a Java RNG
 * seeded by (network seed, layer name, parameter). The values therefore depend only on those three,
 * not on the engine's RNG state nor on which other layers exist.
 */
final class SeededInit implements Initializer {
    private final long seed;
    private final double bound;

    SeededInit(long networkSeed, String layer, String parameter, long fanIn) {
        this.seed = mix(networkSeed, layer + "/" + parameter);
        this.bound = 1.0 / Math.sqrt(Math.max(1, fanIn));
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        NDArray a = manager.create(values, shape);
        return dataType == DataType.FLOAT32 ? a : a.toType(dataType, false);
    }

    /** FNV-1a over the name, folded with the seed: stable across JVMs (unlike identity hashes). */
    static long mix(long seed, String name) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
