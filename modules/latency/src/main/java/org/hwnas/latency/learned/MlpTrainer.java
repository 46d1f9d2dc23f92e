package org.hwnas.latency.learned;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hwnas.djl.DjlRuntime;

/**
 * Trains a small MLP regressor with DJL (PyTorch engine, CPU): standardised target, L2 loss, Adam.
 * The output layer starts at zero, so the untrained network predicts the target's mean; a seeded tenth
 * of the rows is held out and the weights of the epoch with the lowest validation loss are kept (that
 * may be "no training at all"). Hidden weights come from a Java RNG (biases 0) and mini-batches are
 * drawn from one too, so a seed fixes the whole run.
 *
 * @param hidden       units of each hidden layer
 * @param epochs       most passes over the training rows
 * @param batchSize    rows per Adam step
 * @param learningRate Adam's step size
 */
public record MlpTrainer(int[] hidden, int epochs, int batchSize, float learningRate) {
    /** Two hidden layers of 64, up to 100 epochs of batch 128 at 3e-3: about a second for 1,000 rows. */
    public static final MlpTrainer DEFAULT = new MlpTrainer(new int[] {64, 64}, 100, 128, 3e-3f);
    /** Fewer rows than this give no meaningful fit. */
    public static final int MIN_ROWS = 10;
    /** PyTorch's intra-op thread count is process-wide: one training at a time sets and restores it. */
    private static final Object THREADS = new Object();

    public MlpTrainer {
        hidden = hidden.clone();
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs, batch size and learning rate must be positive");
        }
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * Trains on one intra-op thread: the matrices are tiny, so a thread pool only adds synchronisation,
     * and on a busy machine OpenMP's spinning made training 20-50x slower (measured: 49 s vs 1 s).
     */
    public MlpWeights train(double[][] x, double[] target, long seed) {
        check(x, target);
        DjlRuntime.start();
        synchronized (THREADS) {
            int before = JniUtils.getNumThreads();
            JniUtils.setNumThreads(1);
            try {
                return trainOnCurrentThreads(x, target, seed);
            } finally {
                JniUtils.setNumThreads(before);
            }
        }
    }

    private MlpWeights trainOnCurrentThreads(double[][] x, double[] target, long seed) {
        int d = x[0].length;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] order = java.util.stream.IntStream.range(0, x.length).toArray();
        shuffle(order, rnd.split());
        int nVal = Math.max(1, x.length / 10);
        int[] val = java.util.Arrays.copyOf(order, nVal);
        int[] fit = java.util.Arrays.copyOfRange(order, nVal, order.length);
        double mean = 0;
        for (double v : target) {
            mean += v / target.length;
        }
        double var = 0;
        for (double v : target) {
            var += (v - mean) * (v - mean) / target.length;
        }
        double std = Math.sqrt(var) > 1e-12 ? Math.sqrt(var) : 1;
        SequentialBlock net = new SequentialBlock();
        for (int h : hidden) {
            net.add(Linear.builder().setUnits(h).build()).add(Activation.reluBlock());
        }
        Linear out = Linear.builder().setUnits(1).build();
        net.add(out);
        net.setInitializer(uniform(rnd.split()), Parameter.Type.WEIGHT);
        net.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        out.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        try (Model model = Model.newInstance("latency-mlp", DjlRuntime.ENGINE)) {
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build());
            try (Trainer trainer = model.newTrainer(config); NDManager m = model.getNDManager().newSubManager()) {
                trainer.initialize(new Shape(batchSize, d));
                NDArray fitX = m.create(flatten(x, fit), new Shape(fit.length, d));
                NDArray fitY = m.create(standardised(target, fit, mean, std), new Shape(fit.length, 1));
                NDArray valX = m.create(flatten(x, val), new Shape(val.length, d));
                NDArray valY = m.create(standardised(target, val, mean, std), new Shape(val.length, 1));
                MlpWeights best = extract(net, mean, std);
                double bestLoss = validationLoss(trainer, valX, valY);
                int[] rows = java.util.stream.IntStream.range(0, fit.length).toArray();
                for (int epoch = 0; epoch < epochs; epoch++) {
                    shuffle(rows, rnd);
                    for (int start = 0; start < rows.length; start += batchSize) {
                        try (NDManager step = m.newSubManager()) {
                            NDArray idx = step.create(java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + batchSize)));
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray pred = trainer.forward(new NDList(fitX.get(idx))).singletonOrThrow();
                                gc.backward(trainer.getLoss().evaluate(new NDList(fitY.get(idx)), new NDList(pred)));
                            }
                            trainer.step();
                        }
                    }
                    double loss = validationLoss(trainer, valX, valY);
                    if (loss < bestLoss) {
                        bestLoss = loss;
                        best = extract(net, mean, std);
                    }
                }
                return best;
            }
        }
    }

    private static double validationLoss(Trainer trainer, NDArray x, NDArray y) {
        try (NDManager step = x.getManager().newSubManager()) {
            NDArray pred = trainer.evaluate(new NDList(x)).singletonOrThrow();
            pred.attach(step);
            NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(pred));
            loss.attach(step);
            return loss.getFloat();
        }
    }

    private static float[] flatten(double[][] x, int[] rows) {
        int d = x[0].length;
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) x[rows[i]][j];
            }
        }
        return out;
    }

    private static float[] standardised(double[] y, int[] rows, double mean, double std) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = (float) ((y[rows[i]] - mean) / std);
        }
        return out;
    }

    private static MlpWeights extract(Block net, double mean, double std) {
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (Pair<String, Parameter> p : net.getParameters()) {
            NDArray a = p.getValue().getArray();
            if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                long[] s = a.getShape().getShape();
                float[] v = a.toFloatArray();
                double[][] w = new double[(int) s[0]][(int) s[1]];
                for (int o = 0; o < s[0]; o++) {
                    for (int i = 0; i < s[1]; i++) {
                        w[o][i] = v[(int) (o * s[1] + i)];
                    }
                }
                weights.add(w);
            } else {
                float[] v = a.toFloatArray();
                double[] b = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    b[i] = v[i];
                }
                biases.add(b);
            }
        }
        return new MlpWeights(weights.toArray(double[][][]::new), biases.toArray(double[][]::new), mean, std);
    }

    /** Weights U(-1/sqrt(fanIn), 1/sqrt(fanIn)) as PyTorch's Linear default, drawn from a Java RNG. */
    private static Initializer uniform(SplittableRandom rnd) {
        return (manager, shape, dataType) -> {
            long fanIn = shape.get(1);
            double bound = 1 / Math.sqrt(Math.max(1, fanIn));
            float[] v = new float[Math.toIntExact(shape.size())];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) ((rnd.nextDouble() * 2 - 1) * bound);
            }
            return manager.create(v, shape);
        };
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void check(double[][] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("the learned model got " + x.length + " feature rows for " + y.length + " latencies");
        }
        if (x.length < MIN_ROWS) {
            throw new IllegalArgumentException("the learned model needs at least " + MIN_ROWS + " measured archs, got " + x.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("training row " + i + ": target must be a finite number, got " + y[i]);
            }
        }
    }
}
