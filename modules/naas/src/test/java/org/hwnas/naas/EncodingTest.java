package org.hwnas.naas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.MappingRules;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.Test;

class EncodingTest {
    static final Path EYERISS = Path.of("../../examples/accelerators/eyeriss-like.hwacc.json");

    static Accelerator eyeriss() throws Exception {
        return AcceleratorDocument.read(EYERISS);
    }

    @Test
    void importanceVectorSortsDescendingWithStableTies() {
        assertArrayEquals(new int[] {2, 0, 3, 1}, ImportanceVector.order(new double[] {0.5, 0.1, 0.9, 0.5}));
        Random rnd = new Random(1);
        for (int t = 0; t < 500; t++) {
            double[] v = new double[1 + rnd.nextInt(8)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(4) / 4.0; // many ties
            }
            int[] p = ImportanceVector.order(v);
            int[] sorted = p.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                assertEquals(i, sorted[i], "a permutation of 0..n-1");
            }
            for (int i = 1; i < p.length; i++) {
                assertTrue(v[p[i - 1]] > v[p[i]] || (v[p[i - 1]] == v[p[i]] && p[i - 1] < p[i]));
            }
            // encode is the inverse of order
            assertArrayEquals(p, ImportanceVector.order(ImportanceVector.encode(p)));
        }
        assertEquals(2, ImportanceVector.argmax(new double[] {0.3, 0.9, 0.8}, 0, 3, new boolean[] {false, true, false}));
    }

    @Test
    void divisorGenesPickDivisorsAndRoundTrip() {
        assertArrayEquals(new int[] {1, 2, 4, 7, 8, 14, 28, 56}, Divisors.of(56));
        assertEquals(1, Divisors.pick(0.0, 56, 100));
        assertEquals(56, Divisors.pick(1.0, 56, 100));
        assertEquals(14, Divisors.pick(1.0, 56, 14)); // capped by the axis size
        for (int f : Divisors.of(224)) {
            assertEquals(f, Divisors.pick(Divisors.gene(f, 224, 224), 224, 224));
        }
    }

    @Test
    void everyMappingVectorDecodesToAValidMappingWhoseFactorsMultiplyToTheBounds() throws Exception {
        HardwareSpace space = HardwareSpace.around(eyeriss(), HardwareSpace.Mode.FULL);
        Random rnd = new Random(7);
        List<LoopBounds> layers = List.of(LoopBounds.conv(1, 64, 64, 56, 56, 3, 3, 1), LoopBounds.conv(1, 1000, 512, 1, 1, 1, 1, 1),
                new LoopBounds(1, 32, 1, 1, 112, 112, 3, 3, 1, 1, 1, 1), LoopBounds.conv(1, 96, 3, 55, 55, 11, 11, 4));
        int checked = 0;
        for (int t = 0; t < 40; t++) {
            double[] h = random(rnd, space.dimensions());
            Accelerator a = space.decode(h).accelerator();
            ArchSpec arch = ArchSpec.of(a);
            for (LoopBounds b : layers) {
                MappingEncoding enc = new MappingEncoding(arch, b);
                double[] x = random(rnd, enc.dimensions());
                if (t % 2 == 0) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] *= 0.2; // small inner tiles: most of these fit, so the nest/model comparison runs
                    }
                }
                Mapping m = enc.toMapping(x, "l");
                for (Dim d : Dim.values()) {
                    assertEquals(b.get(d), m.product(d), d + " factors multiply to the bound");
                }
                assertEquals(List.of(), MappingRules.check(m, a), "mapping rules");
                // the allocation-free nest and the document model are the same mapping
                Nest nest = enc.newNest();
                enc.decode(x, nest);
                LoopNestResult r = new LoopNestResult(arch.levels());
                new LoopNestEvaluator(arch).evaluate(nest, r);
                if (r.fits()) {
                    CostReport rep = new LoopNestModel().evaluate(a, b, m);
                    assertEquals(rep.cycles(), r.cycles());
                    assertEquals(rep.energyPj(), r.energyPj(), 1e-6 * rep.energyPj());
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "enough fitting random mappings compared: " + checked);
    }

    @Test
    void hardwareVectorsStayWithinThePeAndMemoryBudget() throws Exception {
        Accelerator base = eyeriss();
        long bytes = HardwareSpace.onchipBytes(base);
        assertEquals(168 * (24 + 224 + 12) * 2 + 110592, bytes, "Eyeriss: 168 PEs x 520 B of scratchpads + 108 KB buffer");
        Random rnd = new Random(3);
        for (HardwareSpace.Mode mode : HardwareSpace.Mode.values()) {
            HardwareSpace space = HardwareSpace.around(base, mode);
            for (int t = 0; t < 300; t++) {
                double[] h = random(rnd, space.dimensions());
                if (t < 4) {
                    Arrays.fill(h, t / 3.0); // the corners 0 and 1
                }
                HardwareDesign d = space.decode(h);
                assertTrue(HardwareSpace.withinBudget(d.accelerator(), 168, bytes), d.summary());
                assertEquals(d.rows() * d.cols(), 168);
                assertTrue(HardwareSpace.onchipBytes(d.accelerator()) > bytes * 0.97, "the budget is used: " + d.summary());
            }
        }
        HardwareDesign b = HardwareSpace.around(base, HardwareSpace.Mode.SIZING_ONLY).decode(
                HardwareSpace.around(base, HardwareSpace.Mode.SIZING_ONLY).baseVector());
        assertEquals(12, b.rows());
        assertEquals(base.array().axes().get(0).parallelDims(), b.rowDims(), "sizing only keeps the connectivity");
        // the full search starts at the base's connectivity (rows S, C, K; cols Q, K; G joins K and C)
        HardwareDesign f = HardwareSpace.around(base, HardwareSpace.Mode.FULL).decode(HardwareSpace.around(base, HardwareSpace.Mode.FULL).baseVector());
        assertEquals(List.of(Dim.S, Dim.C, Dim.K, Dim.G), f.rowDims());
        assertEquals(List.of(Dim.Q, Dim.K, Dim.G), f.colDims());
        assertEquals(List.of(48L, 448L, 24L, 110592L), f.levelBytes(), "the base's bytes: 24, 224 and 12 words, 108 KB");
    }

    @Test
    void connectivityGenesPickTheParallelDims() throws Exception {
        HardwareSpace space = HardwareSpace.around(eyeriss(), HardwareSpace.Mode.FULL);
        double[] h = space.baseVector();
        Arrays.fill(h, 2 + 3, h.length, 0.1);
        h[2 + 3 + 1] = 0.9; // rows: C
        h[2 + 3 + 6] = 0.9; // cols: K
        h[2 + 3 + 6 + 2] = 0.7; // cols also P (above the threshold)
        HardwareDesign d = space.decode(h);
        assertEquals(List.of(Dim.C, Dim.G), d.rowDims());
        assertEquals(List.of(Dim.K, Dim.P, Dim.G), d.colDims());
        assertEquals(12, d.rows(), "base shape kept by the base vector");
    }

    static double[] random(Random rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
        }
        return x;
    }
}
