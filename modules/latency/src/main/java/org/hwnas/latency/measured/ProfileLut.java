package org.hwnas.latency.measured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hwnas.latency.lut.LayerLutKeys;
import org.hwnas.latency.lut.LutKey;
import org.hwnas.model.network.Network;

/**
 * Turns a per-layer profile into rows of the {@code lut} model's table ({@code LutCsv}:
 * {@code device,operator,input,output,ms}), keyed as {@link LayerLutKeys} keys layers. Rows are appended,
 * so profiling several networks into one file builds the table; a key met twice keeps every
 * measurement and the reader takes their median.
 */
public final class ProfileLut {
    static final String HEADER = "device,operator,input,output,ms";

    private ProfileLut() {
    }

    /** One row per layer of the profile (the layers' median times). */
    public static List<String> rows(Network network, Profile profile, String device) {
        if (device.isBlank() || device.contains(",")) {
            throw new IllegalArgumentException("LUT device name must be non-blank without commas, got '" + device + "'");
        }
        List<LutKey> keys = LayerLutKeys.of(network);
        if (profile.layers().size() != keys.size()) {
            throw new IllegalArgumentException("the profile has no per-layer timings to write (profile without --no-layers)");
        }
        List<String> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            LutKey k = keys.get(i);
            out.add(device + "," + k.operator() + "," + k.input() + "," + k.output() + ","
                    + String.format(Locale.ROOT, "%.6g", profile.layers().get(i).timing().medianMs()));
        }
        return out;
    }

    /** Appends the rows, writing the header first when the file is new or empty. */
    public static void append(Path file, List<String> rows) {
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            List<String> lines = new ArrayList<>();
            if (fresh) {
                lines.add(HEADER);
            }
            lines.addAll(rows);
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
