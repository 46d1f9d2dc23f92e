package org.hwnas.naas;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * CMA-ES on the unit box, budgeted in evaluations: commons-math3's {@link CMAESOptimizer} (active CMA,
 * full covariance), restarted from the best point with a doubled population (IPOP-style) whenever it stops
 * early, until the budget is spent. The best point ever evaluated is returned, even when the optimizer's
 * own result is worse. Deterministic for a seed (the optimizer draws only from the seeded
 * {@link MersenneTwister}).
 */
public final class Cmaes {

    /** The best point and how many evaluations were spent. */
    public record Result(double[] x, double value, int evaluations, int restarts) {
        public Result {
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }
    }

    /** Thrown inside the objective to stop the optimizer when the budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    private Cmaes() {
    }

    /**
     * Minimizes {@code f} over [0, 1]^n.
     *
     * @param x0     start point (clamped into the box)
     * @param sigma  initial step size (in box units, 0 < sigma <= 0.5)
     * @param lambda population size of the first run; 0 = CMA-ES's default {@code 4 + 3 ln n}
     * @param budget evaluations in total (>= 1)
     */
    public static Result minimize(ToDoubleFunction<double[]> f, double[] x0, double sigma, int lambda, int budget, long seed) {
        int n = x0.length;
        if (budget < 1 || !(sigma > 0 && sigma <= 0.5) || n == 0) {
            throw new IllegalArgumentException("CMA-ES needs n >= 1, a budget >= 1 and 0 < sigma <= 0.5 (n=" + n + ", budget="
                    + budget + ", sigma=" + sigma + ")");
        }
        double[] best = clamp(x0);
        double[] bestValue = {Double.POSITIVE_INFINITY};
        int[] used = {0};
        // the start point is evaluated first, so the result is never worse than it
        bestValue[0] = f.applyAsDouble(best.clone());
        used[0] = 1;
        if (n == 1 || budget == 1) {
            // commons-math3's CMA-ES needs n >= 2; a 1-D problem is swept on a grid instead
            for (int i = 0; used[0] < budget && n == 1; i++) {
                double[] x = {(i + 0.5) / (budget - 1)};
                double v = f.applyAsDouble(x);
                used[0]++;
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    best = x;
                }
            }
            return new Result(best, bestValue[0], used[0], 0);
        }
        int pop = lambda > 0 ? lambda : 4 + (int) (3 * Math.log(n));
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(hi, 1.0);
        double[] sig = new double[n];
        Arrays.fill(sig, sigma);
        int restarts = 0;
        double[][] bestRef = {best};
        MersenneTwister rng = new MersenneTwister(seed);
        while (used[0] < budget) {
            ObjectiveFunction objective = new ObjectiveFunction(x -> {
                if (used[0] >= budget) {
                    throw new BudgetSpent();
                }
                used[0]++;
                double v = f.applyAsDouble(x);
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    bestRef[0] = x.clone();
                }
                return v;
            });
            CMAESOptimizer opt = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0, rng, false, null);
            int before = used[0];
            try {
                opt.optimize(new MaxEval(Integer.MAX_VALUE), new MaxIter(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                        new InitialGuess(bestRef[0].clone()), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sig),
                        new CMAESOptimizer.PopulationSize(pop));
            } catch (BudgetSpent done) {
                break;
            }
            if (used[0] == before) {
                break; // the optimizer stopped at once (converged start): nothing more to learn
            }
            restarts++;
            pop = Math.min(pop * 2, 4 * budget);
        }
        return new Result(bestRef[0], bestValue[0], used[0], restarts);
    }

    private static double[] clamp(double[] x) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = Double.isNaN(x[i]) ? 0.5 : Math.max(0, Math.min(1, x[i]));
        }
        return c;
    }
}
