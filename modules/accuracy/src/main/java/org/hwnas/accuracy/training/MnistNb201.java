package org.hwnas.accuracy.training;

import org.hwnas.model.network.Network;
import org.hwnas.model.network.TensorShape;
import org.hwnas.model.network.zoo.Nb201;
import org.hwnas.model.network.zoo.Nb201Arch;

/**
 * NAS-Bench-201's cell network scaled to MNIST: the same macro skeleton (stem, three stages of cells
 * joined by residual reductions, global pooling, linear classifier) on a 1x28x28 input with fewer
 * channels. The skeleton's layers do not depend on the input size (28 -> 14 -> 7 through the
 * reductions), so the benchmark's builder is reused and only the input is replaced.
 */
public final class MnistNb201 {
    public static final TensorShape INPUT = TensorShape.of(1, 1, 28, 28);

    private MnistNb201() {
    }

    public static Network network(String arch, int channels, int cellsPerStage) {
        Network cifar = Nb201.network("nb201-mnist", Nb201Arch.parse(arch), channels, cellsPerStage, 10);
        return new Network(cifar.name(), cifar.inputName(), INPUT, cifar.layers());
    }
}
