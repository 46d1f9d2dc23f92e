package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/** Invariants of the loop-nest model over random valid layers and mappings (with random bypass). */
class LoopNestPropertiesTest {
    static final List<Dim> ALL = List.of(Dim.values());
    static final Accelerator ARCH = new Accelerator("prop", AcceleratorKind.SPATIAL, "",
            new PeArray(List.of(new ArrayAxis("rows", 4, ALL), new ArrayAxis("cols", 4, ALL))),
            List.of(MemoryLevel.builder("rf", MemoryClass.REGFILE).perPe().capacityWords(1 << 20).energy(1, 1, 1, 0.01).build(),
                    MemoryLevel.builder("glb", MemoryClass.SRAM).capacityWords(1 << 24).blockWords(4).energy(8, 8, 8, 0.1).build(),
                    MemoryLevel.builder("DRAM", MemoryClass.DRAM).blockWords(4).energy(200, 200, 200, 0).build()),
            Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
    static final String[] LEVELS = {"DRAM", "glb", "rf"};
    /** The same with one global buffer per row (an explicit instance count: two fan-outs). */
    static final Accelerator ARCH_ROWS = new Accelerator("prop-rows", AcceleratorKind.SPATIAL, "", ARCH.array(),
            List.of(ARCH.levels().get(0), MemoryLevel.builder("glb", MemoryClass.SRAM).sharing(org.hwnas.model.accel.Sharing.of(4))
                            .capacityWords(1 << 24).blockWords(4).energy(8, 8, 8, 0.1).build(), ARCH.levels().get(2)),
            Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
    final LoopNestModel model = new LoopNestModel();

    /** A random layer whose windows cover the input (stride <= filter extent), and a valid mapping of it. */
    static Mapping randomMapping(long seed) {
        return randomMapping(seed, false);
    }

    /** {@code pointwise}: 1x1 filters with unit strides (then N and P, N and Q are interchangeable). */
    static Mapping randomMapping(long seed, boolean pointwise) {
        Random rnd = new Random(seed);
        int r = pointwise ? 1 : 1 + rnd.nextInt(3);
        int s = pointwise ? 1 : 1 + rnd.nextInt(3);
        int uw = rnd.nextInt(r) == 0 ? 1 : 1 + rnd.nextInt(Math.min(r, 2));
        int uh = rnd.nextInt(s) == 0 ? 1 : 1 + rnd.nextInt(Math.min(s, 2));
        LoopBounds b = new LoopBounds(1 + rnd.nextInt(2), pick(rnd, 1, 1, 2, 4), pick(rnd, 1, 2, 4, 6, 8),
                pick(rnd, 1, 2, 3, 4, 8), 1 + rnd.nextInt(8), 1 + rnd.nextInt(8), r, s, uw, uh, 1, 1);
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        int[] room = {4, 4};
        String[] axes = {"rows", "cols"};
        List<List<Loop>> temporal = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            temporal.add(new ArrayList<>());
        }
        for (Dim d : Dim.values()) {
            int left = b.get(d);
            for (int a = 0; a < 2; a++) {
                int f = divisorAtMost(rnd, left, room[a]);
                if (f > 1) {
                    spatial.computeIfAbsent(axes[a], x -> new ArrayList<>()).add(Loop.of(d, f));
                    room[a] /= f;
                    left /= f;
                }
            }
            for (int l = 2; l >= 1; l--) { // rf, glb get random shares, DRAM the rest
                int f = divisorAtMost(rnd, left, left);
                if (f > 1) {
                    temporal.get(l).add(Loop.of(d, f));
                    left /= f;
                }
            }
            if (left > 1) {
                temporal.get(0).add(Loop.of(d, left));
            }
        }
        List<LevelMapping> levels = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            Collections.shuffle(temporal.get(l), rnd);
            Set<Tensor> keep = null;
            if (l > 0 && rnd.nextBoolean()) {
                keep = EnumSet.noneOf(Tensor.class);
                for (Tensor t : Tensor.values()) {
                    if (rnd.nextBoolean()) {
                        keep.add(t);
                    }
                }
            }
            levels.add(new LevelMapping(LEVELS[l], temporal.get(l), keep));
        }
        return new Mapping("random", b, levels, spatial);
    }

    private static int pick(Random rnd, int... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static int divisorAtMost(Random rnd, int n, int max) {
        List<Integer> ds = new ArrayList<>();
        for (int i = 1; i <= Math.min(n, max); i++) {
            if (n % i == 0) {
                ds.add(i);
            }
        }
        return ds.get(rnd.nextInt(ds.size()));
    }

    CostReport eval(Mapping m) throws CostException {
        assertThat(MappingRules.check(m, ARCH)).isEmpty();
        return model.evaluate(ARCH, m.bounds(), m);
    }

    @Property(tries = 400)
    void dramTrafficIsAtLeastEachTensorsSize(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed);
        CostReport r = eval(m);
        LevelCost dram = r.level("DRAM").orElseThrow();
        LoopBounds b = m.bounds();
        assertThat(dram.tensor(Tensor.WEIGHTS).orElseThrow().reads()).isGreaterThanOrEqualTo(b.weightCount());
        assertThat(dram.tensor(Tensor.INPUTS).orElseThrow().reads()).isGreaterThanOrEqualTo(b.inputCount());
        assertThat(dram.tensor(Tensor.OUTPUTS).orElseThrow().updates()).isGreaterThanOrEqualTo(b.outputCount());
    }

    @Property(tries = 300)
    void withOneBufferPerRowDramTrafficAndCyclesKeepTheirBounds(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed);
        CostReport r = model.evaluate(ARCH_ROWS, m.bounds(), m);
        LevelCost dram = r.level("DRAM").orElseThrow();
        LoopBounds b = m.bounds();
        assertThat(dram.tensor(Tensor.WEIGHTS).orElseThrow().reads()).isGreaterThanOrEqualTo(b.weightCount());
        assertThat(dram.tensor(Tensor.INPUTS).orElseThrow().reads()).isGreaterThanOrEqualTo(b.inputCount());
        assertThat(dram.tensor(Tensor.OUTPUTS).orElseThrow().updates()).isGreaterThanOrEqualTo(b.outputCount());
        assertThat(r.cycles() * r.utilizedPes()).isGreaterThanOrEqualTo(r.macs());
        assertThat(r.level("glb").orElseThrow().utilizedInstances()).isBetween(1, 4);
        // the per-row buffer never moves more data in total than one shared buffer would need to
        CostReport shared = model.evaluate(ARCH, m.bounds(), m);
        assertThat(dram.tensor(Tensor.WEIGHTS).orElseThrow().reads())
                .isGreaterThanOrEqualTo(shared.level("DRAM").orElseThrow().tensor(Tensor.WEIGHTS).orElseThrow().reads());
    }

    @Property(tries = 400)
    void cyclesAreAtLeastMacsOverPesUsed(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed);
        CostReport r = eval(m);
        assertThat(r.cycles() * r.utilizedPes()).isGreaterThanOrEqualTo(r.macs());
        assertThat(r.cycles() * r.totalPes()).isGreaterThanOrEqualTo(r.macs());
        assertThat(r.utilization()).isLessThanOrEqualTo(1.0);
        assertThat(r.energyPj()).isGreaterThanOrEqualTo(r.macs() * ARCH.macEnergyPj());
    }

    @Property(tries = 300)
    void countsAreInvariantUnderSwappingWidthAndHeight(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed);
        CostReport a = eval(m);
        CostReport b = eval(mirror(m));
        assertThat(b.cycles()).isEqualTo(a.cycles());
        assertThat(b.energyPj()).isCloseTo(a.energyPj(), org.assertj.core.data.Offset.offset(1e-6 * a.energyPj()));
        for (int l = 0; l < a.levels().size(); l++) {
            assertThat(counts(b.levels().get(l))).isEqualTo(counts(a.levels().get(l)));
        }
    }

    @Property(tries = 200)
    void unitLoopsChangeNothing(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed);
        List<LevelMapping> padded = new ArrayList<>();
        for (LevelMapping l : m.levels()) {
            List<Loop> loops = new ArrayList<>(l.temporal());
            for (Dim d : Dim.values()) {
                if (loops.stream().noneMatch(x -> x.dim() == d)) {
                    loops.add(loops.isEmpty() ? 0 : (int) Math.floorMod(seed, (long) loops.size() + 1), Loop.of(d, 1));
                }
            }
            padded.add(new LevelMapping(l.level(), loops, l.keep()));
        }
        CostReport a = eval(m);
        CostReport b = eval(new Mapping(m.layerName(), m.bounds(), padded, m.spatial()));
        assertThat(b).isEqualTo(a);
    }

    /**
     * Renaming equivalent loops: with 1x1 filters and unit strides, N and P index exactly the same tensors
     * the same way (inputs and outputs, not weights), so exchanging them everywhere (bounds, temporal and
     * spatial loops) must not change a single count, the cycles or the energy.
     */
    @Property(tries = 300)
    void countsAreInvariantUnderRenamingEquivalentLoops(@ForAll long seed) throws CostException {
        Mapping m = randomMapping(seed, true);
        LoopBounds b = m.bounds();
        LoopBounds t = new LoopBounds(b.p(), b.g(), b.k(), b.c(), b.n(), b.q(), 1, 1, 1, 1, 1, 1);
        List<LevelMapping> levels = new ArrayList<>();
        for (LevelMapping l : m.levels()) {
            levels.add(new LevelMapping(l.level(), l.temporal().stream().map(LoopNestPropertiesTest::swapNp).toList(), l.keep()));
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        m.spatial().forEach((k, v) -> spatial.put(k, v.stream().map(LoopNestPropertiesTest::swapNp).toList()));
        CostReport a = eval(m);
        CostReport c = eval(new Mapping(m.layerName(), t, levels, spatial));
        assertThat(c.cycles()).isEqualTo(a.cycles());
        assertThat(c.energyPj()).isCloseTo(a.energyPj(), org.assertj.core.data.Offset.offset(1e-6 * a.energyPj()));
        for (int l = 0; l < a.levels().size(); l++) {
            assertThat(counts(c.levels().get(l))).isEqualTo(counts(a.levels().get(l)));
        }
    }

    static Loop swapNp(Loop l) {
        return l.dim() == Dim.N ? Loop.of(Dim.P, l.factor()) : l.dim() == Dim.P ? Loop.of(Dim.N, l.factor()) : l;
    }

    static List<Long> counts(LevelCost l) {
        List<Long> out = new ArrayList<>();
        for (TensorCost t : l.tensors()) {
            out.add(t.tileWords());
            out.add(t.reads());
            out.add(t.fills());
            out.add(t.updates());
        }
        out.add((long) l.utilizedInstances());
        return out;
    }

    /** The same layer and mapping with width and height exchanged (P<->Q, R<->S, strides swapped). */
    static Mapping mirror(Mapping m) {
        LoopBounds b = m.bounds();
        LoopBounds t = new LoopBounds(b.n(), b.g(), b.k(), b.c(), b.q(), b.p(), b.s(), b.r(), b.strideH(), b.strideW(),
                b.dilationH(), b.dilationW());
        List<LevelMapping> levels = new ArrayList<>();
        for (LevelMapping l : m.levels()) {
            levels.add(new LevelMapping(l.level(), l.temporal().stream().map(LoopNestPropertiesTest::swap).toList(), l.keep()));
        }
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        m.spatial().forEach((k, v) -> spatial.put(k, v.stream().map(LoopNestPropertiesTest::swap).toList()));
        return new Mapping(m.layerName(), t, levels, spatial);
    }

    static Loop swap(Loop l) {
        Dim d = switch (l.dim()) {
            case P -> Dim.Q;
            case Q -> Dim.P;
            case R -> Dim.S;
            case S -> Dim.R;
            default -> l.dim();
        };
        return Loop.of(d, l.factor());
    }
}
