package org.hwnas.mappingui.model;

import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.mapping.Mapping;

/** The eyeriss-like conv1 example for tests in other packages. */
public final class EyerissConv1TestFixture {
    private EyerissConv1TestFixture() {
    }

    public static void load() throws Exception {
        EyerissConv1Test.load();
    }

    public static Accelerator accel() {
        return EyerissConv1Test.accel;
    }

    public static Mapping mapping() {
        return EyerissConv1Test.mapping;
    }
}
