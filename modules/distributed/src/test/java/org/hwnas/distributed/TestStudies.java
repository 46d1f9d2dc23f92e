package org.hwnas.distributed;

import java.nio.file.Path;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/** Small study documents for tests: NAS-Bench-201 cells, the published accuracy and a synthetic cost. */
final class TestStudies {
    private TestStudies() {
    }

    static String document(String name, String engine, int trials, int batch, double sleepMs, int failOneIn) {
        return """
                {"format": "search/1", "name": "%s", "space": {"id": "nb201"},
                 "objectives": [
                   {"name": "accuracy", "goal": "maximize", "estimator": "nb201-table"},
                   {"name": "work_ms", "goal": "minimize", "measure": "sleep", "ms": %s, "fail_one_in": %d}],
                 "engine": {"id": "%s"}, "budget": {"trials": %d}, "seed": 5, "batch": %d, "workers": 3}
                """.formatted(name, Double.toString(sleepMs), failOneIn, engine, trials, batch);
    }

    static Study study(String document) throws Exception {
        return StudyReader.parse(Path.of("t.hwsearch.json"), document);
    }
}
