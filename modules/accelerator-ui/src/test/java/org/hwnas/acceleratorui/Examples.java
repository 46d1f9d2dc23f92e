package org.hwnas.acceleratorui;

import java.nio.file.Path;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;

/** The shipped examples (the module's tests run in modules/accelerator-ui). */
public final class Examples {
    public static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private Examples() {
    }

    public static Path accelerator(String name) {
        return ROOT.resolve("examples/accelerators/" + name + ".hwacc.json");
    }

    public static Path network(String name) {
        return ROOT.resolve("examples/networks/" + name + ".hwnet.json");
    }

    public static Accelerator read(String name) {
        try {
            return AcceleratorDocument.read(accelerator(name));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
