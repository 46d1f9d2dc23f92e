package org.hwnas.naas;

import java.util.Arrays;

/**
 * The tiling half of the encoding: a real gene in [0, 1] picks a divisor of the extent that is still left
 * to tile, so every vector decodes to factors whose product is exactly the loop bound (the loopnest
 * model needs perfect factors). Gene 0 gives factor 1, gene 1 the whole remaining extent.
 */
public final class Divisors {
    private static final int CACHE = 4096;
    /** Divisors of every n <= CACHE, computed once (published safely by class initialization). */
    private static final int[][] SMALL = new int[CACHE + 1][];
    private static final java.util.concurrent.ConcurrentHashMap<Integer, int[]> LARGE = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int n = 1; n <= CACHE; n++) {
            SMALL[n] = compute(n);
        }
    }

    private Divisors() {
    }

    /** Divisors of {@code n} ascending (shared array: do not modify). */
    public static int[] of(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("divisors of a non-positive number: " + n);
        }
        return n <= CACHE ? SMALL[n] : LARGE.computeIfAbsent(n, Divisors::compute);
    }

    private static int[] compute(int n) {
        int[] tmp = new int[64];
        int k = 0;
        for (int i = 1; (long) i * i <= n; i++) {
            if (n % i == 0) {
                if (k + 2 > tmp.length) {
                    tmp = Arrays.copyOf(tmp, tmp.length * 2);
                }
                tmp[k++] = i;
                if (i != n / i) {
                    tmp[k++] = n / i;
                }
            }
        }
        int[] d = Arrays.copyOf(tmp, k);
        Arrays.sort(d);
        return d;
    }

    /** The divisor of {@code n} gene {@code v} picks among those {@code <= cap} (uniform index bins). */
    public static int pick(double v, int n, int cap) {
        int[] d = of(n);
        int count = 0;
        while (count < d.length && d[count] <= cap) {
            count++;
        }
        if (count <= 1) {
            return 1;
        }
        double x = Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
        int i = (int) Math.min(count - 1, Math.floor(x * count));
        return d[i];
    }

    /** A gene that {@link #pick} decodes to divisor {@code f} of {@code n} (the centre of its bin). */
    public static double gene(int f, int n, int cap) {
        int[] d = of(n);
        int count = 0;
        while (count < d.length && d[count] <= cap) {
            count++;
        }
        for (int i = 0; i < count; i++) {
            if (d[i] == f) {
                return (i + 0.5) / count;
            }
        }
        throw new IllegalArgumentException(f + " is not a divisor of " + n + " up to " + cap);
    }
}
