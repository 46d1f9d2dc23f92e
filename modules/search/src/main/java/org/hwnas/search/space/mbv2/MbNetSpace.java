package org.hwnas.search.space.mbv2;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.mbv2.MbBlock;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.search.space.GeneSpace;
import org.hwnas.search.space.Weighted;

/**
 * The MobileNetV2 / ProxylessNAS block space: a width multiplier, and per stage of
 * {@link MbMacro#STAGES} a depth in {@code [minDepth, maxDepth]} and one block choice (kernel x
 * expansion) per active block. Skip ("zero") blocks are the slots past a stage's depth: a skip between
 * active blocks computes the same network, so it is the same candidate.
 * <p>Genes: {@code [width, then per stage: depth, op of slot 0 .. maxDepth-1]}; op = kernel index x
 * |expansions| + expansion index. Genes of inactive slots do not change the candidate; a canonical
 * encoding sets them to 0.
 */
public final class MbNetSpace extends GeneSpace {
    private final List<Double> widths;
    private final List<MbBlock> ops;
    private final int[] minDepth;
    private final int[] maxDepth;
    private final MbMacro macro;
    /** Per stage, the cumulative weights ops^d of each depth d, for uniform sampling over candidates. */
    private final BigInteger[][] depthWeights;

    public MbNetSpace(List<Double> widths, List<Integer> kernels, List<Integer> expansions, List<Integer> minDepth,
                      List<Integer> maxDepth, MbMacro macro) {
        super(cardinalities(widths.size(), kernels.size() * expansions.size(), maxDepth, minDepth));
        this.widths = List.copyOf(widths);
        List<MbBlock> o = new ArrayList<>();
        for (int k : kernels) {
            for (int e : expansions) {
                o.add(new MbBlock(k, e));
            }
        }
        this.ops = List.copyOf(o);
        this.minDepth = minDepth.stream().mapToInt(Integer::intValue).toArray();
        this.maxDepth = maxDepth.stream().mapToInt(Integer::intValue).toArray();
        this.macro = macro;
        this.depthWeights = new BigInteger[this.minDepth.length][];
        BigInteger b = BigInteger.valueOf(ops.size());
        for (int s = 0; s < this.minDepth.length; s++) {
            depthWeights[s] = new BigInteger[this.maxDepth[s] - this.minDepth[s] + 1];
            for (int d = this.minDepth[s]; d <= this.maxDepth[s]; d++) {
                depthWeights[s][d - this.minDepth[s]] = b.pow(d);
            }
        }
    }

    /** Defaults: widths 0.75 / 1.0 / 1.4, kernels 3/5/7, expansions 3/6, depths 1..4 (last stage 1), ImageNet 224. */
    public static MbNetSpace defaults() {
        return new MbNetSpace(MbNetSpaceFactory.WIDTHS, MbNetSpaceFactory.KERNELS, MbNetSpaceFactory.EXPANSIONS,
                MbNetSpaceFactory.MIN_DEPTH, MbNetSpaceFactory.MAX_DEPTH, MbMacro.IMAGENET);
    }

    private static int[] cardinalities(int widths, int ops, List<Integer> maxDepth, List<Integer> minDepth) {
        if (maxDepth.size() != MbMacro.STAGES.size() || minDepth.size() != MbMacro.STAGES.size()) {
            throw new IllegalArgumentException("give a depth range for each of the " + MbMacro.STAGES.size() + " stages");
        }
        List<Integer> c = new ArrayList<>();
        c.add(widths);
        for (int s = 0; s < maxDepth.size(); s++) {
            if (minDepth.get(s) < 1 || minDepth.get(s) > maxDepth.get(s)) {
                throw new IllegalArgumentException("stage " + s + ": depth range " + minDepth.get(s) + ".." + maxDepth.get(s)
                        + " must satisfy 1 <= min <= max");
            }
            c.add(maxDepth.get(s) - minDepth.get(s) + 1);
            for (int i = 0; i < maxDepth.get(s); i++) {
                c.add(ops);
            }
        }
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    public MbMacro macro() {
        return macro;
    }

    @Override
    public String id() {
        return MbNetSpaceFactory.ID;
    }

    @Override
    public String family() {
        return MbNetArch.FAMILY;
    }

    /** widths x product over stages of sum over depths of ops^depth. */
    @Override
    public BigInteger size() {
        BigInteger n = BigInteger.valueOf(widths.size());
        for (BigInteger[] w : depthWeights) {
            BigInteger sum = BigInteger.ZERO;
            for (BigInteger x : w) {
                sum = sum.add(x);
            }
            n = n.multiply(sum);
        }
        return n;
    }

    /** Uniform over candidates: a stage's depth d is drawn with weight ops^d, then its blocks uniformly. */
    @Override
    public Architecture sample(Random rng) {
        List<List<MbBlock>> stages = new ArrayList<>();
        for (int s = 0; s < minDepth.length; s++) {
            int d = minDepth[s] + Weighted.draw(depthWeights[s], rng);
            List<MbBlock> blocks = new ArrayList<>(d);
            for (int i = 0; i < d; i++) {
                blocks.add(ops.get(rng.nextInt(ops.size())));
            }
            stages.add(blocks);
        }
        return new MbNetArch(widths.get(rng.nextInt(widths.size())), stages, macro);
    }

    @Override
    protected Architecture build(int[] g) {
        int k = 0;
        double width = widths.get(g[k++]);
        List<List<MbBlock>> stages = new ArrayList<>();
        for (int s = 0; s < minDepth.length; s++) {
            int d = minDepth[s] + g[k++];
            List<MbBlock> blocks = new ArrayList<>(d);
            for (int i = 0; i < maxDepth[s]; i++) {
                int op = g[k++];
                if (i < d) {
                    blocks.add(ops.get(op));
                }
            }
            stages.add(blocks);
        }
        return new MbNetArch(width, stages, macro);
    }

    @Override
    public int[] encode(Architecture a) {
        MbNetArch m = member(a);
        int[] g = new int[dimensions()];
        int k = 0;
        g[k++] = widths.indexOf(m.width());
        for (int s = 0; s < minDepth.length; s++) {
            List<MbBlock> blocks = m.stages().get(s);
            g[k++] = blocks.size() - minDepth[s];
            for (int i = 0; i < maxDepth[s]; i++) {
                g[k++] = i < blocks.size() ? ops.indexOf(blocks.get(i)) : 0;
            }
        }
        return g;
    }

    @Override
    public Architecture parse(String text) {
        return member(MbNetArch.parse(text, macro));
    }

    /** {@code a} if it is a member of this space, else an exception saying which choice is outside it. */
    private MbNetArch member(Architecture a) {
        if (!(a instanceof MbNetArch m)) {
            throw new UnsupportedArchitectureException("the mbv2 space", a, MbNetArch.FAMILY);
        }
        if (!m.macro().equals(macro)) {
            throw new IllegalArgumentException(m.text() + " is built for " + m.macro() + ", this space for " + macro);
        }
        if (!widths.contains(m.width())) {
            throw new IllegalArgumentException(m.text() + ": width " + m.width() + " is outside this space (widths: " + widths + ")");
        }
        for (int s = 0; s < minDepth.length; s++) {
            int d = m.depth(s);
            if (d < minDepth[s] || d > maxDepth[s]) {
                throw new IllegalArgumentException(m.text() + ": stage " + s + " has " + d + " blocks, this space allows "
                        + minDepth[s] + ".." + maxDepth[s]);
            }
            for (MbBlock b : m.stages().get(s)) {
                if (!ops.contains(b)) {
                    throw new IllegalArgumentException(m.text() + ": block " + b + " is outside this space (blocks: " + ops + ")");
                }
            }
        }
        return m;
    }
}
