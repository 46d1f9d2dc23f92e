package org.hwnas.search.space.fbnet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.fbnet.FbnetArch;
import org.hwnas.arch.fbnet.FbnetMacro;
import org.hwnas.arch.fbnet.FbnetOp;
import org.hwnas.search.space.GeneSpace;

/**
 * The FBNet space: 22 layers, each one of the allowed {@link FbnetOp}s (all nine by default). Candidates
 * are canonical ({@link FbnetArch#canonical()}: identity skips last in their stage), so the space has
 * fewer candidates than 9^22 gene vectors; sampling is uniform over candidates.
 * <p>Genes: one per layer, the index of its op among the allowed ops, which with all nine allowed is the
 * HW-NAS-Bench / HELP op id.
 */
public final class FbnetSpace extends GeneSpace {
    private final FbnetOp[] ops;
    private final FbnetOp[] nonSkip;
    private final boolean skip;
    private final FbnetMacro macro;

    public FbnetSpace(Set<FbnetOp> allowed, FbnetMacro macro) {
        super(cardinalities(allowed));
        this.ops = EnumSet.copyOf(allowed).toArray(new FbnetOp[0]);
        this.skip = allowed.contains(FbnetOp.SKIP);
        this.nonSkip = allowed.stream().filter(o -> !o.isSkip()).sorted().toArray(FbnetOp[]::new);
        this.macro = macro;
    }

    public static FbnetSpace full(FbnetMacro macro) {
        return new FbnetSpace(EnumSet.allOf(FbnetOp.class), macro);
    }

    private static int[] cardinalities(Set<FbnetOp> allowed) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("the FBNet space needs at least one op");
        }
        int[] c = new int[FbnetMacro.LAYERS];
        java.util.Arrays.fill(c, allowed.size());
        return c;
    }

    public FbnetMacro macro() {
        return macro;
    }

    @Override
    public String id() {
        return FbnetSpaceFactory.ID;
    }

    @Override
    public String family() {
        return FbnetArch.FAMILY;
    }

    /** Per stage: ops for its first layer, times the arrangements of the rest with identity skips last. */
    @Override
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (int s = 0; s < FbnetMacro.DEPTHS.size(); s++) {
            n = n.multiply(BigInteger.valueOf(ops.length));
            BigInteger rest = BigInteger.ZERO;
            for (BigInteger w : tailWeights(FbnetMacro.DEPTHS.get(s) - 1)) {
                rest = rest.add(w);
            }
            n = n.multiply(rest);
        }
        return n;
    }

    /** Weight of "j active ops then skips" for j = 0..slots (only j = slots without skip). */
    private BigInteger[] tailWeights(int slots) {
        BigInteger[] w = new BigInteger[slots + 1];
        BigInteger b = BigInteger.valueOf(nonSkip.length);
        for (int j = 0; j <= slots; j++) {
            w[j] = skip || j == slots ? b.pow(j) : BigInteger.ZERO;
        }
        return w;
    }

    @Override
    public Architecture sample(Random rng) {
        List<FbnetOp> out = new ArrayList<>(FbnetMacro.LAYERS);
        for (int s = 0; s < FbnetMacro.DEPTHS.size(); s++) {
            out.add(ops[rng.nextInt(ops.length)]);
            int slots = FbnetMacro.DEPTHS.get(s) - 1;
            int active = slots == 0 ? 0 : org.hwnas.search.space.Weighted.draw(tailWeights(slots), rng);
            for (int i = 0; i < slots; i++) {
                out.add(i < active ? nonSkip[rng.nextInt(nonSkip.length)] : FbnetOp.SKIP);
            }
        }
        return new FbnetArch(out, macro).canonical();
    }

    @Override
    protected Architecture build(int[] genes) {
        List<FbnetOp> out = new ArrayList<>(genes.length);
        for (int g : genes) {
            out.add(ops[g]);
        }
        return new FbnetArch(out, macro).canonical();
    }

    @Override
    public int[] encode(Architecture a) {
        FbnetArch f = member(a);
        int[] g = new int[FbnetMacro.LAYERS];
        for (int i = 0; i < g.length; i++) {
            g[i] = indexOf(f.ops().get(i));
        }
        return g;
    }

    private int indexOf(FbnetOp op) {
        for (int i = 0; i < ops.length; i++) {
            if (ops[i] == op) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Architecture parse(String text) {
        return member(FbnetArch.parse(text, macro).canonical());
    }

    private FbnetArch member(Architecture a) {
        if (!(a instanceof FbnetArch f)) {
            throw new UnsupportedArchitectureException("the fbnet space", a, FbnetArch.FAMILY);
        }
        if (f.macro() != macro) {
            throw new IllegalArgumentException(f.text() + " is built for " + f.macro().key() + ", this space for " + macro.key());
        }
        for (FbnetOp op : f.ops()) {
            if (indexOf(op) < 0) {
                throw new IllegalArgumentException(f.text() + ": op " + op.token() + " is outside this space (ops: "
                        + java.util.Arrays.stream(ops).map(FbnetOp::token).toList() + ")");
            }
        }
        if (!f.isCanonical()) {
            throw new IllegalArgumentException(f.text() + " is not canonical (identity skips go last in their stage): "
                    + f.canonical().text());
        }
        return f;
    }
}
