package org.hwnas.arch.nb201;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.hwnas.arch.DataFileException;

/**
 * The official NB201 / NATS-tss {@code arch_index} (0..15,624) of each cell, from HW-NAS-Bench's list
 * shipped in this jar ({@code nb201_arch_index.csv}, MIT). Loaded once, on first use.
 */
public final class Nb201ArchIndex {
    private static final String RESOURCE = "nb201_arch_index.csv";

    private Nb201ArchIndex() {
    }

    public static int indexOf(Nb201Cell cell) {
        return Holder.INDEX_OF_CODE[cell.code()];
    }

    /** The cell with this official index; out-of-range indices get a one-line reason. */
    public static Nb201Cell cell(int archIndex) {
        if (archIndex < 0 || archIndex >= Nb201Cell.COUNT) {
            throw new IllegalArgumentException("NB201 arch_index must be 0.." + (Nb201Cell.COUNT - 1) + ", got " + archIndex);
        }
        return new Nb201Cell(Holder.CODE_OF_INDEX[archIndex]);
    }

    private static final class Holder {
        static final int[] INDEX_OF_CODE = new int[Nb201Cell.COUNT];
        static final int[] CODE_OF_INDEX = new int[Nb201Cell.COUNT];

        static {
            Arrays.fill(INDEX_OF_CODE, -1);
            try (InputStream in = Nb201ArchIndex.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new DataFileException(RESOURCE + ": missing from the classpath");
                }
                String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n");
                for (int ln = 1; ln < lines.length; ln++) {
                    if (lines[ln].isBlank()) {
                        continue;
                    }
                    String[] f = lines[ln].split(",", 3);
                    int index = Integer.parseInt(f[0]);
                    int code = Nb201Cell.parse(f[1]).code();
                    if (index < 0 || index >= Nb201Cell.COUNT || INDEX_OF_CODE[code] >= 0) {
                        throw new DataFileException(RESOURCE + ":" + (ln + 1) + ": bad or repeated entry");
                    }
                    INDEX_OF_CODE[code] = index;
                    CODE_OF_INDEX[index] = code;
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new DataFileException(RESOURCE + ": unreadable: " + e.getMessage(), e);
            }
            for (int code = 0; code < Nb201Cell.COUNT; code++) {
                if (INDEX_OF_CODE[code] < 0) {
                    throw new DataFileException(RESOURCE + ": no entry for cell " + new Nb201Cell(code));
                }
            }
        }
    }
}
