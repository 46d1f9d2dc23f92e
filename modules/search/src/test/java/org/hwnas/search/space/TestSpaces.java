package org.hwnas.search.space;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.hwnas.arch.fbnet.FbnetMacro;
import org.hwnas.arch.fbnet.FbnetOp;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.workload.Dim;
import org.hwnas.search.space.accel.AcceleratorSpace;
import org.hwnas.search.space.fbnet.FbnetSpace;
import org.hwnas.search.space.fpga.FpgaTileSpace;
import org.hwnas.search.space.mbv2.MbNetSpace;
import org.hwnas.search.spi.SearchSpace;

/** The spaces the contract tests run over, built from the shipped example designs. */
public final class TestSpaces {
    public static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private TestSpaces() {
    }

    public static Accelerator design(String stem) {
        try {
            return AcceleratorDocument.read(EXAMPLES.resolve("accelerators/" + stem + ".hwacc.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static AcceleratorSpace eyeriss() {
        Accelerator base = design("eyeriss-like");
        return new AcceleratorSpace(base, base.totalPes(), 2, List.of(Dim.K, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S),
                List.of(0.5, 1.0, 2.0), List.of(0.5, 1.0, 2.0), 197_952);
    }

    public static FpgaTileSpace zc706() {
        return new FpgaTileSpace(design("zc706-fpga"), List.of(1, 2, 4, 8, 16, 32, 64, 128), List.of(1, 2, 4, 8, 16, 32, 64, 128),
                List.of(1, 2, 4, 7, 8, 14, 16, 28, 32), List.of(1, 2, 4, 7, 8, 14, 16, 28, 32), List.of(1, 2, 4, 8, 16), 224, 5);
    }

    public static MbNetSpace smallMbv2() {
        return new MbNetSpace(List.of(1.0), List.of(3), List.of(3, 6), List.of(1, 1, 1, 1, 1, 1), List.of(2, 2, 2, 2, 2, 1),
                MbMacro.IMAGENET);
    }

    public static FbnetSpace smallFbnet() {
        return new FbnetSpace(EnumSet.of(FbnetOp.K3_E1, FbnetOp.SKIP), FbnetMacro.CIFAR100);
    }

    /** Every kind of space, plus products, for the contract properties. */
    public static List<SearchSpace> all() {
        return List.of(Nb201Space.full(), MbNetSpace.defaults(), smallMbv2(), FbnetSpace.full(FbnetMacro.CIFAR100), smallFbnet(),
                eyeriss(), zc706(), new ProductSpace(List.of(MbNetSpace.defaults(), eyeriss())),
                new ProductSpace(List.of(FbnetSpace.full(FbnetMacro.CIFAR100), zc706())),
                new ProductSpace(List.of(Nb201Space.full(), smallMbv2(), eyeriss())));
    }
}
