package org.hwnas.cost.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.loopnest.ArchSpec;
import org.hwnas.cost.loopnest.LoopNestEvaluator;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.loopnest.LoopNestResult;
import org.hwnas.cost.loopnest.Nest;
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
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;

/**
 * Mapping evaluations per second of the loopnest model on a 3-level hierarchy (per-PE register file,
 * global buffer, DRAM; 16x16 PEs; a ResNet 3x3 64->64 56x56 layer): the allocation-free inner
 * evaluation single-threaded and on all cores, and the convenience path from a {@link Mapping}.
 * Run: {@code java -cp ... org.hwnas.cost.bench.CostBench [seconds]}.
 */
public final class CostBench {

    /** One measured figure. */
    public record Figure(String what, int threads, double evaluationsPerSecond, double bytesPerEvaluation) {
        @Override
        public String toString() {
            return String.format("%-44s threads=%-2d %,14.0f evals/s  %6.1f B/eval", what, threads, evaluationsPerSecond,
                    bytesPerEvaluation);
        }
    }

    private static volatile long sink;

    private CostBench() {
    }

    public static Accelerator threeLevel() {
        return new Accelerator("bench-3level", AcceleratorKind.SPATIAL, "", new PeArray(List.of(
                new ArrayAxis("rows", 16, List.of(Dim.C, Dim.K)), new ArrayAxis("cols", 16, List.of(Dim.K, Dim.Q)))),
                List.of(MemoryLevel.builder("rf", MemoryClass.REGFILE).perPe().capacityWords(512).bandwidth(2, 2)
                                .energy(0.68, 1.58, 1.58, 0.001).build(),
                        MemoryLevel.builder("glb", MemoryClass.SRAM).capacityWords(65536).blockWords(4).bandwidth(16, 16)
                                .energy(32.4, 26.2, 26.2, 0.005).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).blockWords(4).energy(512, 512, 512, 0).build()),
                Dataflow.FLEXIBLE, 1000, 0.315, 16, EnergyTables.DEFAULT, null);
    }

    public static Mapping resnetMapping() {
        LoopBounds b = LoopBounds.conv(1, 64, 64, 56, 56, 3, 3, 1);
        return new Mapping("resnet-3x3", b, List.of(
                LevelMapping.of("DRAM", Loop.of(Dim.K, 2), Loop.of(Dim.P, 4), Loop.of(Dim.Q, 4)),
                LevelMapping.of("glb", Loop.of(Dim.C, 4), Loop.of(Dim.P, 14), Loop.of(Dim.Q, 14)),
                new LevelMapping("rf", List.of(Loop.of(Dim.K, 2), Loop.of(Dim.S, 3), Loop.of(Dim.R, 3)),
                        java.util.EnumSet.of(Tensor.WEIGHTS, Tensor.OUTPUTS))),
                Map.of("rows", List.of(Loop.of(Dim.C, 16)), "cols", List.of(Loop.of(Dim.K, 16))));
    }

    /** Inner evaluation rate with {@code threads} threads, each with its own evaluator and result. */
    public static Figure inner(int threads, double seconds) throws CostException {
        Accelerator a = threeLevel();
        Mapping m = resnetMapping();
        ArchSpec arch = ArchSpec.of(a);
        Nest nest = Nest.of(arch, m.bounds(), m);
        LongAdder done = new LongAdder();
        LongAdder bytes = new LongAdder();
        List<Thread> pool = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                LoopNestEvaluator ev = new LoopNestEvaluator(arch);
                LoopNestResult r = new LoopNestResult(arch.levels());
                long before = allocated();
                long n = 0;
                long acc = 0;
                while (System.nanoTime() < deadline) {
                    for (int i = 0; i < 1000; i++) {
                        ev.evaluate(nest, r);
                        acc += r.cycles();
                    }
                    n += 1000;
                }
                bytes.add(allocated() - before);
                done.add(n);
                sink += acc;
            });
            pool.add(th);
            th.start();
        }
        join(pool);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Figure("loopnest inner evaluation (3-level, 16x16)", threads, done.sum() / elapsed,
                (double) bytes.sum() / Math.max(1, done.sum()));
    }

    /** Rate of the convenience path: check + flatten a Mapping, evaluate, build the report. */
    public static Figure fromMapping(double seconds) throws CostException {
        Accelerator a = threeLevel();
        Mapping m = resnetMapping();
        LoopNestModel model = new LoopNestModel();
        long n = 0;
        long before = allocated();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            sink += model.evaluate(a, m.bounds(), m).cycles();
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Figure("loopnest evaluate(Mapping) with report", 1, n / elapsed, (double) (allocated() - before) / n);
    }

    private static void join(List<Thread> pool) {
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long allocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx) {
            return mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    public static List<Figure> run(double seconds) throws CostException {
        inner(1, Math.min(1, seconds)); // warm-up: let the JIT compile the evaluator
        List<Figure> out = new ArrayList<>();
        out.add(inner(1, seconds));
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores > 1) {
            out.add(inner(cores, seconds));
        }
        out.add(fromMapping(seconds));
        return out;
    }

    public static void main(String[] args) throws CostException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        for (Figure f : run(seconds)) {
            System.out.println(f);
        }
    }
}
