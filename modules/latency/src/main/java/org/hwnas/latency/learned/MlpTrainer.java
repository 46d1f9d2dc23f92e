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
 * Trains a small MLP regressor with DJL (PyTorch engine, CPU): inputs as given, target
 * {@code log(latency)} standardised, L2 loss, Adam. Log targets make the fit relative, which is what
 * MAPE and ranking care about. Weights are initialised from a Java RNG (biases 0) and mini-batches are
 * drawn from one too, so a seed fixes the initial state and the batch order.
 *
 * @param hidden    units of each hidden layer
 * @param epochs    passes over the training rows
 * @param batchSize rows per Adam step
 * @param learningRate Adam's step size
 */
public record MlpTrainer(int[] hidden, int epochs, int batchSize, float learningRate) {
    /** Two hidden layers of 64, 100 epochs of batch 128 at 3e-3: about a second for 1,000 rows. */
    public static final MlpTrainer DEFAULT = new MlpTrainer(new int[] {64, 64}, 100, 128, 3e-3f);
    /** PyTorch's intra-op thread count is process-wide: one training at a time sets and restores it. */
    private static final Object THREADS = new Object();
    /** Fewer rows than this give no meaningful fit. */
    public static final int MIN_ROWS = 10;

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
    public MlpWeights train(double[][] x, double[] latencyMs, long seed) {
        check(x, latencyMs);
        DjlRuntime.start();
        synchronized (THREADS) {
            int before = JniUtils.getNumThreads();
            JniUtils.setNumThreads(1);
            try {
                return trainOnCurrentThreads(x, latencyMs, seed);
            } finally {
                JniUtils.setNumThreads(before);
            }
        }
    }

    private MlpWeights trainOnCurrentThreads(double[][] x, double[] latencyMs, long seed) {
        int n = x.length;
        int d = x[0].length;
        double[] logY = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            logY[i] = Math.log(latencyMs[i]);
            mean += logY[i] / n;
        }
        double var = 0;
        for (double v : logY) {
            var += (v - mean) * (v - mean) / n;
        }
        double std = Math.sqrt(var) > 1e-12 ? Math.sqrt(var) : 1;
        float[] xs = new float[n * d];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xs[i * d + j] = (float) x[i][j];
            }
            ys[i] = (float) ((logY[i] - mean) / std);
        }
        SequentialBlock net = new SequentialBlock();
        for (int h : hidden) {
            net.add(Linear.builder().setUnits(h).build()).add(Activation.reluBlock());
        }
        net.add(Linear.builder().setUnits(1).build());
        SplittableRandom rnd = new SplittableRandom(seed);
        net.setInitializer(uniform(rnd.split()), Parameter.Type.WEIGHT);
        net.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        try (Model model = Model.newInstance("latency-mlp", DjlRuntime.ENGINE)) {
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build());
            try (Trainer trainer = model.newTrainer(config); NDManager m = model.getNDManager().newSubManager()) {
                trainer.initialize(new Shape(batchSize, d));
                NDArray allX = m.create(xs, new Shape(n, d));
                NDArray allY = m.create(ys, new Shape(n, 1));
                int[] order = new int[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                for (int epoch = 0; epoch < epochs; epoch++) {
                    shuffle(order, rnd);
                    for (int start = 0; start < n; start += batchSize) {
                        int end = Math.min(n, start + batchSize);
                        try (NDManager step = m.newSubManager()) {
                            NDArray idx = step.create(java.util.Arrays.copyOfRange(order, start, end));
                            NDArray bx = allX.get(idx);
                            NDArray by = allY.get(idx);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray pred = trainer.forward(new NDList(bx)).singletonOrThrow();
                                NDArray loss = trainer.getLoss().evaluate(new NDList(by), new NDList(pred));
                                gc.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                }
                return extract(net, mean, std);
            }
        }
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
            if (!(y[i] > 0) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("training row " + i + ": latency must be a finite number > 0 ms, got " + y[i]);
            }
        }
    }
}
