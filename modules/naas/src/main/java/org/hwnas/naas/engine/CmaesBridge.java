package org.hwnas.naas.engine;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * commons-math3's {@link CMAESOptimizer} turned into ask/tell. The optimizer calls its objective itself,
 * so it runs on a dedicated daemon thread whose objective hands each point to {@link #ask()} and blocks
 * until {@link #tell(double)} returns its value (two {@link SynchronousQueue}s: at any moment exactly one
 * side runs). The optimizer draws only from a {@link MersenneTwister} seeded here, so the same sequence
 * of told values gives the same sequence of asked points (what resume by replay needs).
 * <p>When the optimizer stops on its own (converged), it restarts from the best point seen with a doubled
 * population (IPOP-style), so asks never run dry. Minimises over [0, 1]^n; n >= 2.
 * <p>The thread ends on {@link #close()}, when the owner passed to the constructor is garbage collected
 * (an engine run dropped without closing: the thread checks every {@link #POLL_MS} ms while it waits), or
 * when the optimizer fails (the failure is rethrown by the next {@link #ask()}).
 */
public final class CmaesBridge implements AutoCloseable {
    static final long POLL_MS = 200;
    private final SynchronousQueue<double[]> points = new SynchronousQueue<>();
    private final SynchronousQueue<Double> values = new SynchronousQueue<>();
    private final WeakReference<Object> owner;
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private volatile int restarts;
    private boolean waiting; // an ask is out, its tell not yet in (engine side only)
    private int restartsAtAsk; // restarts as of the last point asked: deterministic, unlike the live counter

    /** Stops the optimizer from inside its objective. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * @param owner  the object whose collection ends the thread (the engine run); held weakly
     * @param x0     start point, clamped into the box
     * @param sigma  initial step in box units (0, 0.5]
     * @param lambda first population size; 0 = CMA-ES's default 4 + 3 ln n
     */
    public CmaesBridge(Object owner, double[] x0, double sigma, int lambda, long seed) {
        if (x0.length < 2 || !(sigma > 0 && sigma <= 0.5)) {
            throw new IllegalArgumentException("CMA-ES needs n >= 2 and 0 < sigma <= 0.5 (n=" + x0.length + ", sigma=" + sigma + ")");
        }
        this.owner = new WeakReference<>(owner);
        double[] start = new double[x0.length];
        for (int i = 0; i < start.length; i++) {
            start[i] = Double.isNaN(x0[i]) ? 0.5 : Math.max(0, Math.min(1, x0[i]));
        }
        int n = start.length;
        int pop0 = lambda > 0 ? lambda : 4 + (int) (3 * Math.log(n));
        MersenneTwister rng = new MersenneTwister(seed);
        this.thread = new Thread(() -> optimise(start, sigma, pop0, rng), "naas-cmaes");
        thread.setDaemon(true);
        thread.start();
    }

    private void optimise(double[] start, double sigma, int pop0, MersenneTwister rng) {
        int n = start.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(hi, 1.0);
        double[] sig = new double[n];
        Arrays.fill(sig, sigma);
        double[] from = start.clone();
        double[][] runBest = {start.clone()};
        double[] runBestValue = {Double.POSITIVE_INFINITY};
        int pop = pop0;
        try {
            while (!closed) {
                ObjectiveFunction objective = new ObjectiveFunction(x -> {
                    double v = exchange(x.clone());
                    if (v < runBestValue[0]) {
                        runBestValue[0] = v;
                        runBest[0] = x.clone();
                    }
                    return v;
                });
                CMAESOptimizer opt = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0, rng, false, null);
                opt.optimize(new MaxEval(Integer.MAX_VALUE), new MaxIter(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                        new InitialGuess(from), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sig),
                        new CMAESOptimizer.PopulationSize(pop));
                // converged before the study's budget: restart from the best point, population doubled
                from = runBest[0].clone();
                pop = Math.min(pop * 2, 512);
                restarts++;
            }
        } catch (Stop stop) {
            // closed or owner gone
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Optimizer side: offers x, waits for its value; throws Stop once closed or orphaned. */
    private double exchange(double[] x) {
        try {
            while (!points.offer(x, POLL_MS, TimeUnit.MILLISECONDS)) {
                checkAlive();
            }
            Double v;
            while ((v = values.poll(POLL_MS, TimeUnit.MILLISECONDS)) == null) {
                checkAlive();
            }
            return v;
        } catch (InterruptedException e) {
            throw new Stop();
        }
    }

    private void checkAlive() {
        if (closed || owner.get() == null) {
            throw new Stop();
        }
    }

    /** The next point to evaluate (blocks while the optimizer computes it). */
    public double[] ask() {
        if (closed) {
            throw new IllegalStateException("CMA-ES bridge is closed");
        }
        if (waiting) {
            throw new IllegalStateException("ask() twice without tell()");
        }
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("CMA-ES bridge is closed");
                }
                double[] x = points.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (x != null) {
                    waiting = true;
                    restartsAtAsk = restarts; // written before the point was offered
                    return x;
                }
                if (failure != null) {
                    throw new IllegalStateException("CMA-ES failed: " + failure.getMessage(), failure);
                }
                if (!thread.isAlive()) {
                    throw new IllegalStateException("CMA-ES thread ended unexpectedly");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for CMA-ES", e);
        }
    }

    /** The value of the point last asked (NaN is not allowed: give failures a finite penalty). */
    public void tell(double x) {
        if (!waiting) {
            throw new IllegalStateException("tell() without ask()");
        }
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("CMA-ES fitness must not be NaN");
        }
        try {
            values.put(x);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while telling CMA-ES", e);
        }
        waiting = false;
    }

    /** Restarts before the point last asked (the optimizer converged before the budget). */
    public int restarts() {
        return restartsAtAsk;
    }

    public boolean threadAlive() {
        return thread.isAlive();
    }

    /** Ends the optimizer thread and waits (briefly) for it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
