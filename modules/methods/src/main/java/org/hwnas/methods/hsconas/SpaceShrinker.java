package org.hwnas.methods.hsconas;

import java.math.BigInteger;
import java.util.List;

/**
 * HSCoNAS's progressive space shrinking (METHODS.md section 2, our reconstruction): after a round of
 * generations, each shrinkable gene keeps only the allowed values that occur among the top-k
 * individuals; the others are removed for good. A gene whose top-k values are all already removed keeps
 * its set unchanged. So the space never grows, and every allowed choice of a top-k member survives.
 */
public final class SpaceShrinker {
    private SpaceShrinker() {
    }

    /**
     * @param allowed    {@code allowed[gene][value]}; not changed
     * @param topK       genomes of the best individuals
     * @param shrinkable which genes may shrink (HSCoNAS shrinks the operator choices; widths are left to channel scaling)
     * @return the new allowed sets
     */
    public static boolean[][] shrink(boolean[][] allowed, List<int[]> topK, boolean[] shrinkable) {
        boolean[][] out = new boolean[allowed.length][];
        for (int i = 0; i < allowed.length; i++) {
            out[i] = allowed[i].clone();
            if (!shrinkable[i] || topK.isEmpty()) {
                continue;
            }
            boolean[] seen = new boolean[allowed[i].length];
            boolean any = false;
            for (int[] g : topK) {
                if (allowed[i][g[i]]) {
                    seen[g[i]] = true;
                    any = true;
                }
            }
            if (any) {
                out[i] = seen;
            }
        }
        return out;
    }

    /** Number of gene vectors within the allowed sets. */
    public static BigInteger size(boolean[][] allowed) {
        BigInteger n = BigInteger.ONE;
        for (boolean[] a : allowed) {
            int c = 0;
            for (boolean b : a) {
                c += b ? 1 : 0;
            }
            n = n.multiply(BigInteger.valueOf(c));
        }
        return n;
    }
}
