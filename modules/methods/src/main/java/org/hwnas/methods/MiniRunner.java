package org.hwnas.methods;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.study.Study;

/**
 * The study runner's ask/tell loop on one thread, without a trial store, keeping the engine run so a
 * bench can read its {@link RunStatus}. Same proposals as {@code StudyRunner} for a seed (same batches,
 * told in ask order).
 */
public final class MiniRunner {
    private MiniRunner() {
    }

    /** The trials of a run, and the engine run itself (for its status). */
    public record Result(List<Trial> trials, EngineRun run) {
    }

    public static Result run(Study study) {
        FitnessFunction fitness = new FitnessFunction(study.objectives(), study.constraints());
        Evaluator evaluator = new Evaluator(study.measures(), fitness);
        EngineRun run = study.engine().start(study.context());
        List<Trial> all = new ArrayList<>();
        int batchNo = 0;
        while (all.size() < study.budget().trials()) {
            int k = Math.min(study.batch(), study.budget().trials() - all.size());
            List<Architecture> asked = run.ask(k);
            if (asked.isEmpty()) {
                break;
            }
            List<Trial> batch = new ArrayList<>(asked.size());
            for (int i = 0; i < asked.size(); i++) {
                batch.add(evaluator.evaluate(asked.get(i), all.size() + i, batchNo, asked.size()));
            }
            run.tell(batch);
            all.addAll(batch);
            batchNo++;
        }
        return new Result(List.copyOf(all), run);
    }
}
