package org.hwnas.search.space.fpga;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.accel.FpgaTileDesign;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.search.space.GeneSpace;

/**
 * FNAS's FPGA tile space: Tm, Tn, Tr, Tc from their lists and the input / weight / output port widths
 * (words per cycle) from one list, keeping only designs within the board's DSPs, BRAM and port bandwidth
 * ({@link FpgaTileLimits}). The members are enumerated once, so {@link #size()} is exact and sampling is
 * uniform over them.
 * <p>Genes: {@code [Tm, Tn, Tr, Tc, Ip, Wp, Op]} as list indices. A vector over the limits is repaired
 * (decode never fails): ports shrink first, then Tn and Tm (DSPs), then the larger of Tr and Tc, then
 * Tn and Tm (BRAM), one step at a time, so a member decodes to itself.
 */
public final class FpgaTileSpace extends GeneSpace {
    private static final long MAX_COMBINATIONS = 50_000_000L;
    private final Accelerator board;
    private final FpgaTileLimits limits;
    private final int[][] values;
    private final int[] members;

    public FpgaTileSpace(Accelerator board, List<Integer> tm, List<Integer> tn, List<Integer> tr, List<Integer> tc,
                         List<Integer> ports, int portBits, int maxKernel) {
        super(new int[] {tm.size(), tn.size(), tr.size(), tc.size(), ports.size(), ports.size(), ports.size()});
        FpgaResources fpga = board.fpgaResources().orElseThrow(() ->
                new IllegalArgumentException("design '" + board.name() + "' is not an FPGA design (kind fpga)"));
        this.board = board;
        this.limits = new FpgaTileLimits(fpga, board.precisionBits(), portBits, maxKernel);
        List<List<Integer>> lists = List.of(sorted(tm), sorted(tn), sorted(tr), sorted(tc), sorted(ports), sorted(ports), sorted(ports));
        this.values = new int[7][];
        long combos = 1;
        for (int i = 0; i < 7; i++) {
            values[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
            combos *= values[i].length;
        }
        if (combos > MAX_COMBINATIONS) {
            throw new IllegalArgumentException("the tile lists make " + combos + " combinations; keep them under " + MAX_COMBINATIONS);
        }
        this.members = enumerate(combos);
        if (members.length == 0) {
            int[] g = new int[7];
            throw new IllegalArgumentException("no tile fits board '" + board.name() + "': even the smallest "
                    + limits.overBudget(v(0, g), v(1, g), v(2, g), v(3, g), v(4, g), v(5, g), v(6, g)));
        }
    }

    private static List<Integer> sorted(List<Integer> l) {
        return l.stream().sorted().toList();
    }

    private int v(int gene, int[] g) {
        return values[gene][g[gene]];
    }

    private int[] enumerate(long combos) {
        int[] out = new int[1024];
        int n = 0;
        int[] g = new int[7];
        for (long code = 0; code < combos; code++) {
            long c = code;
            for (int i = 6; i >= 0; i--) {
                g[i] = (int) (c % values[i].length);
                c /= values[i].length;
            }
            if (fits(g)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = (int) code;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private boolean fits(int[] g) {
        return limits.overBudget(v(0, g), v(1, g), v(2, g), v(3, g), v(4, g), v(5, g), v(6, g)) == null;
    }

    public Accelerator board() {
        return board;
    }

    /** The base design as its document reads, for the resume fingerprint. */
    @Override
    public com.fasterxml.jackson.databind.JsonNode inputs() {
        return org.hwnas.model.accel.io.AcceleratorDocument.toJson(board);
    }

    @Override
    public String id() {
        return FpgaTileSpaceFactory.ID;
    }

    @Override
    public String family() {
        return FpgaTileDesign.FAMILY;
    }

    @Override
    public BigInteger size() {
        return BigInteger.valueOf(members.length);
    }

    @Override
    public Architecture sample(Random rng) {
        long c = members[rng.nextInt(members.length)];
        int[] g = new int[7];
        for (int i = 6; i >= 0; i--) {
            g[i] = (int) (c % values[i].length);
            c /= values[i].length;
        }
        return build(g);
    }

    @Override
    protected Architecture build(int[] g) {
        repair(g);
        int ip = v(4, g);
        int wp = v(5, g);
        int op = v(6, g);
        FpgaResources r = board.fpgaResources().orElseThrow();
        // the ports' words per cycle as the board's one DDR channel, in GB/s at the board clock
        double gbps = (double) (ip + wp + op) * board.precisionBits() / 8 * board.clockMhz() * 1e6 / 1e9;
        Accelerator a = new Accelerator(board.name() + "@" + v(0, g) + "x" + v(1, g), board.kind(), board.description(),
                board.array(), board.levels(), board.dataflow(), board.clockMhz(), board.macEnergyPj(), board.precisionBits(),
                board.energyTable(), new FpgaResources(r.dspCount(), r.bramBytes(), gbps, r.dspPerMac()));
        return new FpgaTileDesign(v(0, g), v(1, g), v(2, g), v(3, g), ip, wp, op, a);
    }

    /** Shrinks genes one step at a time until the design fits (see the class comment for the order). */
    private void repair(int[] g) {
        while (!fits(g)) {
            if (limits.portBits(v(4, g), v(5, g), v(6, g)) > limits.portBits()) {
                int widest = 4;
                for (int i = 5; i <= 6; i++) {
                    if (v(i, g) > v(widest, g)) {
                        widest = i;
                    }
                }
                if (g[widest] > 0) {
                    g[widest]--;
                    continue;
                }
            }
            if (limits.dsps(v(0, g), v(1, g)) > limits.board().dspCount()) {
                if (!lower(g, 1) && !lower(g, 0)) {
                    return; // cannot happen: the smallest tile fits (checked at construction)
                }
                continue;
            }
            int big = v(2, g) >= v(3, g) ? 2 : 3;
            if (!lower(g, big) && !lower(g, 5 - big) && !lower(g, 1) && !lower(g, 0) && !lowerAny(g)) {
                return;
            }
        }
    }

    private static boolean lower(int[] g, int i) {
        if (g[i] > 0) {
            g[i]--;
            return true;
        }
        return false;
    }

    private static boolean lowerAny(int[] g) {
        for (int i = 0; i < g.length; i++) {
            if (lower(g, i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int[] encode(Architecture a) {
        FpgaTileDesign d = member(a);
        int[] want = {d.tm(), d.tn(), d.tr(), d.tc(), d.ip(), d.wp(), d.op()};
        int[] g = new int[7];
        for (int i = 0; i < 7; i++) {
            g[i] = java.util.Arrays.binarySearch(values[i], want[i]);
            if (g[i] < 0) {
                throw new IllegalArgumentException(d.text() + ": " + NAMES[i] + " " + want[i] + " is not in this space's list "
                        + java.util.Arrays.toString(values[i]));
            }
        }
        if (!fits(g)) {
            throw new IllegalArgumentException(d.text() + " does not fit board '" + board.name() + "': "
                    + limits.overBudget(want[0], want[1], want[2], want[3], want[4], want[5], want[6]));
        }
        return g;
    }

    private static final String[] NAMES = {"Tm", "Tn", "Tr", "Tc", "Ip", "Wp", "Op"};

    /** Reads {@code Tm32 Tn16 Tr14 Tc14 Ip4 Wp4 Op2}. */
    @Override
    public Architecture parse(String text) {
        String[] t = (text == null ? "" : text.strip()).split("\\s+");
        int[] v = new int[7];
        if (t.length != 7) {
            throw new IllegalArgumentException("not an FPGA tile design '" + text + "': expected Tm.. Tn.. Tr.. Tc.. Ip.. Wp.. Op..");
        }
        for (int i = 0; i < 7; i++) {
            if (!t[i].startsWith(NAMES[i]) || !t[i].substring(2).matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("not an FPGA tile design '" + text + "': item " + (i + 1) + " must read "
                        + NAMES[i] + "<n>, got '" + t[i] + "'");
            }
            v[i] = Integer.parseInt(t[i].substring(2));
        }
        int[] g = new int[7];
        for (int i = 0; i < 7; i++) {
            g[i] = java.util.Arrays.binarySearch(values[i], v[i]);
            if (g[i] < 0) {
                throw new IllegalArgumentException("FPGA tile design '" + text + "': " + NAMES[i] + " " + v[i]
                        + " is not in this space's list " + java.util.Arrays.toString(values[i]));
            }
        }
        if (!fits(g)) {
            throw new IllegalArgumentException("FPGA tile design '" + text + "' does not fit board '" + board.name() + "': "
                    + limits.overBudget(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
        }
        return build(g);
    }

    private static FpgaTileDesign member(Architecture a) {
        if (a instanceof FpgaTileDesign d) {
            return d;
        }
        throw new UnsupportedArchitectureException("the fpga-tile space", a, FpgaTileDesign.FAMILY);
    }
}
