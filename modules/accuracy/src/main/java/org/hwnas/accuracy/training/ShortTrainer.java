package org.hwnas.accuracy.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hwnas.djl.DjlNetwork;
import org.hwnas.djl.DjlRuntime;
import org.hwnas.djl.NetworkBlock;
import org.hwnas.djl.data.InputFormat;
import org.hwnas.djl.data.MnistDigits;
import org.hwnas.model.network.Network;

/**
 * Real training with DJL on the shipped MNIST digits: a seeded train/validation split, seeded batch
 * order, SGD with momentum and a cosine schedule, softmax cross-entropy; then top-1 accuracy on the
 * validation digits with batch norm in inference mode. Deterministic for a seed on one machine (CPU
 * kernels may reorder float sums across machines and thread counts).
 */
public final class ShortTrainer {
    /** Larger batches run slower per digit on CPU (activations fall out of cache). */
    static final int EVAL_BATCH = 64;
    private static final Loss LOSS = Loss.softmaxCrossEntropyLoss();

    private ShortTrainer() {
    }

    /** Trains a network whose input is {@code C x 28 x 28} (C copies of the digit) with 10 outputs. */
    public static TrainingResult train(Network network, TrainingOptions o) {
        long start = System.nanoTime();
        InputFormat format = format(network);
        DjlRuntime.useThreads(DjlRuntime.start().threads()); // batches of 64 use every core (the profiler may have set 1)
        MnistDigits digits = MnistDigits.shipped();
        MnistDigits.Split split = digits.split(o.validation(), o.seed());
        int stepsPerEpoch = split.train().length / o.batch();
        if (stepsPerEpoch == 0) {
            throw new IllegalArgumentException("batch " + o.batch() + " is larger than the " + split.train().length + " training digits");
        }
        try (DjlNetwork net = DjlNetwork.build(network, NetworkBlock.Options.seeded(o.seed()))) {
            Optimizer sgd = Optimizer.sgd()
                    .setLearningRateTracker(CosineTracker.builder().setBaseValue((float) o.learningRate())
                            .optFinalValue(0).setMaxUpdates(stepsPerEpoch * o.epochs()).build())
                    .optMomentum(0.9f)
                    .optWeightDecays(5e-4f)
                    .build();
            List<Pair<String, Parameter>> params = net.parameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
            List<TrainingResult.LossPoint> curve = new ArrayList<>();
            int logEvery = Math.max(1, stepsPerEpoch / 10);
            double lossSum = 0;
            int lossCount = 0;
            int step = 0;
            long trainStart = System.nanoTime();
            boolean outOfTime = false;
            for (int epoch = 0; epoch < o.epochs() && !outOfTime; epoch++) {
                int[] order = permute(split.train(), o.seed() * 31 + epoch);
                for (int b = 0; b < stepsPerEpoch; b++) {
                    int[] idx = Arrays.copyOfRange(order, b * o.batch(), (b + 1) * o.batch());
                    lossSum += step(net, digits, idx, format, sgd, params);
                    lossCount++;
                    step++;
                    if (step % logEvery == 0) {
                        curve.add(new TrainingResult.LossPoint(step, (double) step / stepsPerEpoch, lossSum / lossCount));
                        lossSum = 0;
                        lossCount = 0;
                    }
                    if (o.maxSeconds() > 0 && (System.nanoTime() - trainStart) / 1e9 >= o.maxSeconds()) {
                        outOfTime = true;
                        break;
                    }
                }
            }
            if (lossCount > 0) {
                curve.add(new TrainingResult.LossPoint(step, (double) step / stepsPerEpoch, lossSum / lossCount));
            }
            double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
            double[] val = evaluate(net, digits, split.validation(), format);
            return new TrainingResult(val[0], val[1], curve, step, (double) step / stepsPerEpoch, trainSeconds,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** One SGD step; returns the batch loss. */
    private static double step(DjlNetwork net, MnistDigits digits, int[] idx, InputFormat format, Optimizer sgd,
                               List<Pair<String, Parameter>> params) {
        try (NDManager batch = net.newBatchManager()) {
            NDArray x = digits.images(batch, idx, format);
            NDArray y = digits.labels(batch, idx);
            double loss;
            synchronized (DjlRuntime.gradientLock()) {
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray logits = net.forward(x, true).reshape(idx.length, -1);
                    NDArray l = LOSS.evaluate(new NDList(y), new NDList(logits));
                    gc.backward(l);
                    loss = l.getFloat();
                }
            }
            for (Pair<String, Parameter> p : params) {
                NDArray w = p.getValue().getArray();
                NDArray g = w.getGradient();
                sgd.update(p.getValue().getId(), w, g);
                g.subi(g); // PyTorch accumulates gradients: clear them for the next step
            }
            return loss;
        }
    }

    /** Top-1 accuracy (percent) and mean loss on the given digits, batch norm in inference mode. */
    static double[] evaluate(DjlNetwork net, MnistDigits digits, int[] indices, InputFormat format) {
        long correct = 0;
        double lossSum = 0;
        for (int from = 0; from < indices.length; from += EVAL_BATCH) {
            int[] idx = Arrays.copyOfRange(indices, from, Math.min(indices.length, from + EVAL_BATCH));
            try (NDManager batch = net.newBatchManager()) {
                NDArray y = digits.labels(batch, idx);
                NDArray logits = net.forward(digits.images(batch, idx, format), false).reshape(idx.length, -1);
                correct += logits.argMax(1).eq(y).sum().getLong();
                lossSum += LOSS.evaluate(new NDList(y), new NDList(logits)).getFloat() * idx.length;
            }
        }
        return new double[] {100.0 * correct / indices.length, lossSum / indices.length};
    }

    private static int[] permute(int[] items, long seed) {
        int[] order = MnistDigits.shuffled(items.length, seed);
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = items[order[i]];
        }
        return out;
    }

    private static InputFormat format(Network network) {
        var in = network.inputShape();
        if (in.h() != 28 || in.w() != 28) {
            throw new IllegalArgumentException("short training feeds 28x28 MNIST digits: network '" + network.name()
                    + "' takes " + in.h() + "x" + in.w() + " input");
        }
        if (network.outputShape().featuresPerSample() != 10) {
            throw new IllegalArgumentException("short training needs 10 outputs (digits 0-9): network '" + network.name()
                    + "' has " + network.outputShape().featuresPerSample());
        }
        return new InputFormat(in.c(), 28);
    }
}
