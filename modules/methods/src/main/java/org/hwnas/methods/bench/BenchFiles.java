package org.hwnas.methods.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.latency.analytical.AcceleratorDesigns;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/** Temporary study folders for the benches: the bundled designs written out, studies parsed from text. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** A fresh folder holding {@code zc706-fpga.hwacc.json}, deleted at exit. */
    static Path folderWithBoard() {
        try {
            Path dir = Files.createTempDirectory("hwnas-methods-bench");
            dir.toFile().deleteOnExit();
            Accelerator board = AcceleratorDesigns.bundled().get("zc706-fpga");
            Path f = dir.resolve("zc706-fpga.hwacc.json");
            Files.writeString(f, AcceleratorDocument.toJson(board).toPrettyString());
            f.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench's temporary files: " + e.getMessage(), e);
        }
    }

    static Study study(Path dir, String name, String text) {
        try {
            return StudyReader.parse(dir.resolve(name + ".hwsearch.json"), text);
        } catch (DocumentException e) {
            throw new IllegalStateException("bench study " + name + " is invalid: " + e.getMessage(), e);
        }
    }
}
