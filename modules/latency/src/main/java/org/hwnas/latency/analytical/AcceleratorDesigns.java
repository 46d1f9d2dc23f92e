package org.hwnas.latency.analytical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.Problem;

/**
 * The accelerator designs the analytical latency models know by name: the repository's example
 * designs, bundled in the jar; a device may also be given as the path of a {@code *.hwacc.json} file.
 */
public final class AcceleratorDesigns {
    static final List<String> BUNDLED = List.of("eyeriss-like", "nvdla-like", "shidiannao-like", "tpu-like", "zc706-fpga");
    private static volatile Map<String, Accelerator> designs;

    private AcceleratorDesigns() {
    }

    /** Bundled designs by name, in a fixed order. */
    public static Map<String, Accelerator> bundled() {
        Map<String, Accelerator> d = designs;
        if (d == null) {
            Map<String, Accelerator> m = new LinkedHashMap<>();
            for (String name : BUNDLED) {
                m.put(name, read(name));
            }
            d = java.util.Collections.unmodifiableMap(m);
            designs = d;
        }
        return d;
    }

    /**
     * A bundled design by name, or a design file when {@code device} ends in {@code .hwacc.json}.
     *
     * @throws IllegalArgumentException naming the valid designs, or the file's first problem
     */
    public static Accelerator resolve(String device, List<String> valid) {
        if (device.endsWith(".hwacc.json")) {
            try {
                return AcceleratorDocument.read(Path.of(device));
            } catch (DocumentException e) {
                Problem p = e.problems().get(0);
                throw new IllegalArgumentException(p.toString() + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
            }
        }
        Accelerator a = bundled().get(device);
        if (a == null || !valid.contains(device)) {
            throw new IllegalArgumentException("no accelerator design '" + device + "' (valid: " + String.join(", ", valid)
                    + ", or the path of a *.hwacc.json file)");
        }
        return a;
    }

    private static Accelerator read(String name) {
        String file = name + ".hwacc.json";
        try (InputStream in = AcceleratorDesigns.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": bundled design missing from the classpath (build the module with examples/)");
            }
            return AcceleratorDocument.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException(file + ": " + e.problems().get(0), e);
        }
    }
}
