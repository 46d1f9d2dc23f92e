package org.hwnas.mapper;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.workload.Dim;

/**
 * Exhaustive search with pruning for small mapspaces: every way to split each loop bound over the
 * allowed slots (array axes only while they have room), every bypass choice, and, for the points whose
 * tiles fit (loop order does not change tiles, so over-capacity points are dropped before their orders
 * are enumerated), every order of the non-unit loops of each level. Gives the optimum of the space the
 * heuristic search samples; used when the space is within the evaluation budget.
 */
final class ExhaustiveSearch {
    private final MapSpace space;
    private final Objective objective;
    private final long budget;
    private final long deadline;
    private final int[][] slots;
    private final List<Integer> dims = new ArrayList<>();
    private final long[] axisUse;
    private final int[][] order;
    private final int[] keep;
    private final LoopNestEvaluator evaluator;
    private final LoopNestResult result;
    private final Nest nest;
    long evaluated;
    long valid;
    private boolean aborted;
    private double bestScore = Double.POSITIVE_INFINITY;
    private int[][] bestFactor;
    private int[][] bestOrder;
    private int[] bestKeep;
    // counting mode (size estimate)
    private boolean counting;
    private long counted;

    /** {@code deadline} is in the searching thread's CPU nanoseconds. */
    ExhaustiveSearch(MapSpace space, Objective objective, long budget, long deadline) {
        this.space = space;
        this.objective = objective;
        this.budget = budget;
        this.deadline = deadline;
        slots = new int[MapSpace.DIMS][];
        for (int d = 0; d < MapSpace.DIMS; d++) {
            slots[d] = slotsOf(d);
            if (space.freeBound[d] > 1) {
                dims.add(d);
            }
        }
        axisUse = new long[Math.max(1, space.axes)];
        order = new int[space.levels][MapSpace.DIMS];
        keep = new int[space.levels];
        evaluator = new LoopNestEvaluator(space.arch);
        result = new LoopNestResult(space.levels);
        nest = Nest.empty(space.arch, space.bounds, space.maxLoops());
    }

    /** Slots dim d may use, the outermost allowed level last (it takes whatever factor remains). */
    private int[] slotsOf(int d) {
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (int i = 0; i < space.primeDim.length; i++) {
            if (space.primeDim[i] == d) {
                for (int slot : space.allowedSlots[i]) {
                    s.add(slot);
                }
            }
        }
        int last = -1;
        for (int slot : s) {
            if (slot < space.levels) {
                last = slot; // the set is sorted: the outermost temporal slot
            }
        }
        if (last < 0) {
            last = s.isEmpty() ? space.levels - 1 : s.last();
        }
        List<Integer> out = new ArrayList<>();
        for (int slot : s) {
            if (slot != last) {
                out.add(slot);
            }
        }
        out.add(last);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Size of the space up to {@code limit} (stops counting beyond it). */
    long size(long limit) {
        counting = true;
        counted = 0;
        clearFactors();
        splitDim(0, 0, 0, limit);
        counting = false;
        return counted;
    }

    /** Runs the enumeration; false if it ran out of budget or time (then nothing is guaranteed). */
    boolean run() {
        clearFactors();
        splitDim(0, 0, 0, Long.MAX_VALUE);
        return !aborted;
    }

    private void clearFactors() {
        for (int s = 0; s < space.factor.length; s++) {
            System.arraycopy(space.fixed[s], 0, space.factor[s], 0, MapSpace.DIMS);
        }
        System.arraycopy(space.axisFixed, 0, axisUse, 0, axisUse.length);
    }

    /** Distributes dims.get(di)'s remaining bound over its slots from index k on. */
    private void splitDim(int di, int k, int remainingUnused, long limit) {
        if (aborted || counting && counted > limit) {
            return;
        }
        if (di == dims.size()) {
            onAssignment(limit);
            return;
        }
        int d = dims.get(di);
        int remaining = k == 0 ? space.freeBound[d] : remainingUnused;
        int slot = slots[d][k];
        if (k == slots[d].length - 1) {
            if (slot >= space.levels && axisUse[slot - space.levels] * remaining > space.axisSize[slot - space.levels]) {
                return; // only array axes are left for this dim and the rest does not fit them
            }
            space.factor[slot][d] = remaining;
            splitDim(di + 1, 0, 0, limit);
            space.factor[slot][d] = 1;
            return;
        }
        for (int f = 1; f <= remaining; f++) {
            if (remaining % f != 0) {
                continue;
            }
            boolean axis = slot >= space.levels;
            if (axis && axisUse[slot - space.levels] * f > space.axisSize[slot - space.levels]) {
                break; // larger factors overflow the axis too
            }
            if (axis) {
                axisUse[slot - space.levels] *= f;
            }
            space.factor[slot][d] = f;
            splitDim(di, k + 1, remaining / f, limit);
            space.factor[slot][d] = 1;
            if (axis) {
                axisUse[slot - space.levels] /= f;
            }
        }
    }

    private void onAssignment(long limit) {
        if (space.withinRanges()) {
            keepChoices(0, limit);
        }
    }

    /** Every bypass choice (levels whose kept tensors may change), then orders. */
    private void keepChoices(int l, long limit) {
        if (l == space.levels) {
            if (counting) {
                long n = 1;
                for (int lv = 0; lv < space.levels; lv++) {
                    n *= factorial(present(lv));
                }
                counted += n;
                return;
            }
            for (int lv = 0; lv < space.levels; lv++) {
                fillIdentity(lv);
            }
            if (!evaluate(false)) {
                return; // tiles over capacity for every order
            }
            orders(0);
            return;
        }
        int b = space.bypassable[l];
        for (int sub = b; ; sub = (sub - 1) & b) {
            keep[l] = space.baseKeep[l] & ~sub;
            keepChoices(l + 1, limit);
            if (sub == 0 || aborted || counting && counted > limit) {
                break;
            }
        }
        keep[l] = space.baseKeep[l];
    }

    /** Non-unit loops of level l whose order is searched (pinned ones have a fixed place). */
    private int present(int l) {
        int n = 0;
        for (int d = 0; d < MapSpace.DIMS; d++) {
            if (space.factor[l][d] > 1 && !space.pinned(l, d)) {
                n++;
            }
        }
        return n;
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** Non-unit dims of level l first (outer to inner), unit dims after. */
    private void fillIdentity(int l) {
        int i = 0;
        for (int d = 0; d < MapSpace.DIMS; d++) {
            if (space.factor[l][d] > 1 && !space.pinned(l, d)) {
                order[l][i++] = d;
            }
        }
        for (int d = 0; d < MapSpace.DIMS; d++) {
            if (space.factor[l][d] == 1 || space.pinned(l, d)) {
                order[l][i++] = d;
            }
        }
    }

    /** Every permutation of each level's non-unit loops (Heap's algorithm per level). */
    private void orders(int l) {
        if (aborted) {
            return;
        }
        if (l == space.levels) {
            evaluate(true);
            return;
        }
        permute(l, present(l));
    }

    private void permute(int l, int n) {
        if (n <= 1) {
            orders(l + 1);
            return;
        }
        for (int i = 0; i < n - 1 && !aborted; i++) {
            permute(l, n - 1);
            int j = n % 2 == 0 ? i : 0;
            int t = order[l][j];
            order[l][j] = order[l][n - 1];
            order[l][n - 1] = t;
        }
        permute(l, n - 1);
    }

    /** Scores the current point; returns whether it fits. */
    private boolean evaluate(boolean record) {
        evaluated++;
        if (evaluated > budget || (evaluated & 1023) == 0 && LayerMapper.cpuNanos() > deadline) {
            aborted = true;
            return false;
        }
        space.build(order, keep, nest);
        evaluator.evaluate(nest, result);
        if (!result.fits()) {
            return false;
        }
        if (!record) {
            return true;
        }
        valid++;
        double sc = objective.score(result.energyPj(), result.cycles());
        if (sc < bestScore) {
            bestScore = sc;
            bestFactor = copy(space.factor, bestFactor);
            bestOrder = copy(order, bestOrder);
            bestKeep = keep.clone();
        }
        return true;
    }

    private static int[][] copy(int[][] src, int[][] dst) {
        int[][] out = dst == null ? new int[src.length][] : dst;
        for (int i = 0; i < src.length; i++) {
            out[i] = src[i].clone();
        }
        return out;
    }

    boolean found() {
        return bestFactor != null;
    }

    /** Loads the best point into the space's factor table; returns its orders and kept tensors. */
    int[][] bestOrders() {
        for (int i = 0; i < bestFactor.length; i++) {
            System.arraycopy(bestFactor[i], 0, space.factor[i], 0, bestFactor[i].length);
        }
        return bestOrder;
    }

    int[] bestKeep() {
        return bestKeep;
    }
}
