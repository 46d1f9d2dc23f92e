package org.hwnas.search.space;

import java.math.BigInteger;
import java.util.Random;

/** Exact weighted draws for weights beyond a long (counts of sub-spaces). */
public final class Weighted {
    private Weighted() {
    }

    /** An index drawn with probability proportional to its weight; weights are >= 0 and not all 0. */
    public static int draw(BigInteger[] weights, Random rng) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger w : weights) {
            total = total.add(w);
        }
        BigInteger r;
        do {
            r = new BigInteger(total.bitLength(), rng);
        } while (r.compareTo(total) >= 0);
        for (int i = 0; i < weights.length; i++) {
            if (r.compareTo(weights[i]) < 0) {
                return i;
            }
            r = r.subtract(weights[i]);
        }
        return weights.length - 1;
    }
}
