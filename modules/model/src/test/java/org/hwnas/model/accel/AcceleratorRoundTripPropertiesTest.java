package org.hwnas.model.accel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.Tensor;

/** Any valid accelerator survives write-then-read unchanged, and writing is deterministic. */
class AcceleratorRoundTripPropertiesTest {

    @Property(tries = 200)
    void roundTrip(@ForAll("accelerators") Accelerator a) throws DocumentException {
        String text = AcceleratorDocument.toText(a);
        Accelerator back = AcceleratorDocument.parse("generated", text);
        assertThat(back).isEqualTo(a);
        assertThat(AcceleratorDocument.toText(back)).isEqualTo(text);
    }

    @Provide
    Arbitrary<Accelerator> accelerators() {
        Arbitrary<ArrayAxis> axis = Combinators.combine(
                Arbitraries.integers().between(1, 64),
                Arbitraries.subsetOf(Dim.values()).ofMinSize(1))
                .as((size, dims) -> new ArrayAxis("a", size, new ArrayList<>(EnumSet.copyOf(dims))));
        Arbitrary<List<ArrayAxis>> axes = axis.list().ofMinSize(1).ofMaxSize(3).map(list -> {
            List<ArrayAxis> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(new ArrayAxis("axis" + i, list.get(i).size(), list.get(i).parallelDims()));
            }
            return named;
        });
        Arbitrary<MemoryLevel> level = Combinators.combine(
                Arbitraries.of(MemoryClass.values()),
                Arbitraries.longs().between(1, 1 << 20),
                Arbitraries.of(8, 16, 32),
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(Double.POSITIVE_INFINITY, 1.0, 2.5, 16.0),
                Arbitraries.subsetOf(Tensor.values()),
                Arbitraries.integers().between(1, 2),
                Arbitraries.doubles().between(0, 100).ofScale(3))
                .as((cls, size, bits, block, bw, keeps, buf, e) -> MemoryLevel.builder("x", cls)
                        .capacityWords(size).wordBits(bits).blockWords(block).bandwidth(bw, bw)
                        .keeps(keeps.toArray(new Tensor[0])).multipleBuffering(buf).energy(e, e / 2, e / 2, e / 100)
                        .build());
        Arbitrary<List<MemoryLevel>> levels = level.list().ofMinSize(0).ofMaxSize(3);
        return Combinators.combine(axes, levels, Arbitraries.integers().between(0, 3),
                        Arbitraries.of(Dataflow.values()), Arbitraries.doubles().between(1, 2000).ofScale(1))
                .as((ax, inner, perPe, df, clock) -> {
                    List<MemoryLevel> all = new ArrayList<>();
                    for (int i = 0; i < inner.size(); i++) {
                        MemoryLevel l = inner.get(i);
                        all.add(new MemoryLevel("L" + i, l.memoryClass(), l.capacity(), l.wordBits(), l.blockWords(),
                                l.readBandwidth(), l.writeBandwidth(), l.sharedBandwidth(),
                                i < perPe ? Sharing.PER_PE : Sharing.GLOBAL, l.keeps(), l.multipleBuffering(),
                                l.energy(), true));
                    }
                    all.add(MemoryLevel.builder("DRAM", MemoryClass.DRAM).energy(64, 64, 64, 0).build());
                    return new Accelerator("gen", AcceleratorKind.SPATIAL, "", new PeArray(ax), all, df, clock,
                            0.25, 16, EnergyTables.DEFAULT, null);
                });
    }

    static Set<Tensor> none() {
        return EnumSet.noneOf(Tensor.class);
    }
}
