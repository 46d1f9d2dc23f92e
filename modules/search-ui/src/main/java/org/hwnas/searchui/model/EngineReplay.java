package org.hwnas.searchui.model;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.study.Study;

/**
 * The engine's state as the console shows it, rebuilt from the trial store the way a resume rebuilds it:
 * a private engine run is asked each stored batch again and told its stored results (engines are
 * deterministic for a seed). It works the same whoever runs the study (this IDE, {@code hwnas search} in a
 * terminal, a finished study), and it is incremental: each update tells only the batches completed since
 * the last one. A batch still in flight is not told until all its trials are stored.
 */
public final class EngineReplay {
    private final Study study;
    private EngineRun run;
    private int toldTrials;
    private int nextBatch;
    private int nextNumber;
    private EngineState state = EngineState.NONE;
    private String problem;

    public EngineReplay(Study study) {
        this.study = study;
    }

    /**
     * Tells the complete batches not told yet and returns the engine's state after them
     * ({@link EngineState#NONE} before the first batch, or when the replay failed: see {@link #problem()}).
     *
     * @param trials the stored trials in number order, as {@link TrialStoreReader#read} returns them
     */
    public synchronized EngineState update(List<Trial> trials) {
        if (trials.size() < toldTrials) { // the store was deleted or replaced: start over
            run = null;
        }
        if (run == null) {
            run = study.engine().start(study.context());
            toldTrials = 0;
            nextBatch = 0;
            nextNumber = 0;
            state = EngineState.NONE;
            problem = null;
        }
        int i = toldTrials;
        while (problem == null && i < trials.size()) {
            Trial first = trials.get(i);
            int size = first.batchSize();
            List<Trial> batch = new ArrayList<>(size);
            for (int k = i; k < trials.size() && trials.get(k).batch() == nextBatch; k++) {
                batch.add(trials.get(k));
            }
            if (first.batch() != nextBatch) {
                problem = "the store's trial " + first.number() + " is in batch " + first.batch() + ", expected batch " + nextBatch;
                break;
            }
            if (batch.size() < size) {
                break; // in flight
            }
            List<Architecture> asked = run.ask(size);
            for (int k = 0; k < size; k++) {
                Trial t = batch.get(k);
                if (t.number() != nextNumber + k || k >= asked.size() || !asked.get(k).equals(t.candidate())) {
                    problem = "the engine does not propose trial " + t.number() + " again (was the engine or space code changed?)";
                    break;
                }
            }
            if (problem != null) {
                break;
            }
            run.tell(batch);
            state = run.state();
            i += size;
            toldTrials = i;
            nextNumber += size;
            nextBatch++;
        }
        return problem == null ? state : EngineState.NONE;
    }

    public Study study() {
        return study;
    }

    /** Batches told so far. */
    public synchronized int batches() {
        return nextBatch;
    }

    /** Why the state cannot be shown, or null. */
    public synchronized String problem() {
        return problem;
    }
}
