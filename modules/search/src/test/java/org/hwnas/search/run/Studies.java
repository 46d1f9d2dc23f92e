package org.hwnas.search.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/** Writes small study documents for tests. */
final class Studies {
    private Studies() {
    }

    static Path write(Path dir, String engine, String options, int trials, int batch, int workers, String device) throws IOException {
        Path f = dir.resolve("s.hwsearch.json");
        Files.writeString(f, """
                {
                  "format": "search/1",
                  "space": {"id": "nb201"},
                  "objectives": [
                    {"name": "accuracy", "goal": "maximize", "estimator": "nb201-table"},
                    {"name": "latency", "goal": "minimize", "latency-model": "hwnasbench-table", "device": "%s"}
                  ],
                  "constraints": [{"name": "latency", "max": 20}],
                  "engine": {"id": "%s"%s},
                  "budget": {"trials": %d},
                  "seed": 11,
                  "batch": %d,
                  "workers": %d
                }
                """.formatted(device, engine, options.isEmpty() ? "" : ", \"options\": " + options, trials, batch, workers));
        return f;
    }

    static Study read(Path f) throws DocumentException {
        return StudyReader.read(f);
    }
}
