package org.hwnas.methods.hsconas;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.mbv2.MbBlock;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.search.space.GeneSpace;

/**
 * {@code mbv2-ch}: the HSCoNAS genome over the MobileNetV2 skeleton ({@link ScaledMbNet}): one operator
 * gene per searched layer (16 layers at MobileNetV2's depths) and one channel-width gene per stage (6).
 * Genes: {@code [op of layer 0..15, width of stage 0..5]} as list indices. Every vector is a distinct
 * network, so the size is {@code |ops|^16 * |widths|^6}. The space carries its latency model
 * ({@link LayerLut} on an FPGA board), which the {@code hsconas} engine scales channels against and the
 * {@code space-latency} measure reports.
 */
public final class ChannelSpace extends GeneSpace {
    public static final int LAYERS = ScaledMbNet.DEPTHS.stream().mapToInt(Integer::intValue).sum();
    public static final int STAGES = ScaledMbNet.DEPTHS.size();
    private final List<MbBlock> ops;
    private final List<Double> widths;
    private final MbMacro macro;
    private final LayerLut lut;

    public ChannelSpace(List<MbBlock> ops, List<Double> widths, MbMacro macro, LayerLut lut) {
        super(cardinalities(ops.size(), widths.size()));
        this.ops = List.copyOf(ops);
        this.widths = widths.stream().sorted().toList(); // ascending: channel scaling steps along the list
        this.macro = macro;
        this.lut = lut;
    }

    private static int[] cardinalities(int ops, int widths) {
        int[] c = new int[LAYERS + STAGES];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < LAYERS ? ops : widths;
        }
        return c;
    }

    public List<MbBlock> ops() {
        return ops;
    }

    /** Width factors, ascending. */
    public List<Double> widths() {
        return widths;
    }

    public LayerLut lut() {
        return lut;
    }

    /** Gene index of stage {@code s}'s width. */
    public static int widthGene(int s) {
        return LAYERS + s;
    }

    /** Whether gene {@code i} is an operator gene (else a width gene). */
    public static boolean opGene(int i) {
        return i < LAYERS;
    }

    /** The candidate's latency on the space's latency model, ms. */
    public double latencyMs(Architecture a) {
        return lut.latencyMs(net(a).computeLayers());
    }

    /** Latency of a gene vector without building the candidate's graph. */
    public double latencyMs(int[] genes) {
        return lut.latencyMs(((ScaledMbNet) decode(genes)).computeLayers());
    }

    @Override
    protected Architecture build(int[] g) {
        List<Double> w = new ArrayList<>();
        List<List<MbBlock>> stages = new ArrayList<>();
        int layer = 0;
        for (int s = 0; s < STAGES; s++) {
            w.add(widths.get(g[widthGene(s)]));
            List<MbBlock> blocks = new ArrayList<>();
            for (int i = 0; i < ScaledMbNet.DEPTHS.get(s); i++) {
                blocks.add(ops.get(g[layer++]));
            }
            stages.add(blocks);
        }
        return new ScaledMbNet(w, stages, macro);
    }

    @Override
    public String id() {
        return ChannelSpaceFactory.ID;
    }

    @Override
    public String family() {
        return ScaledMbNet.FAMILY;
    }

    @Override
    public int[] encode(Architecture a) {
        ScaledMbNet n = net(a);
        int[] g = new int[dimensions()];
        int layer = 0;
        for (int s = 0; s < STAGES; s++) {
            g[widthGene(s)] = index(widths, n.widths().get(s), "width " + n.widths().get(s), n);
            for (MbBlock b : n.stages().get(s)) {
                g[layer++] = index(ops, b, "op " + b.token(), n);
            }
        }
        return g;
    }

    private static <T> int index(List<T> list, T v, String what, ScaledMbNet n) {
        int i = list.indexOf(v);
        if (i < 0) {
            throw new IllegalArgumentException(n.text() + ": " + what + " is not in this space's list " + list);
        }
        return i;
    }

    @Override
    public Architecture canonical(Architecture a) {
        return net(a);
    }

    @Override
    public Architecture parse(String text) {
        ScaledMbNet n = ScaledMbNet.parse(text, macro);
        encode(n); // refuses ops and widths outside the lists
        return n;
    }

    static ScaledMbNet net(Architecture a) {
        return JointArchitecture.find(a, ScaledMbNet.class)
                .orElseThrow(() -> new UnsupportedArchitectureException("the mbv2-ch space", a, ScaledMbNet.FAMILY));
    }
}
