package org.hwnas.distributed;

import java.util.List;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.SearchEngine;

/**
 * A process's copy of a shared study's engine, kept in step with the store. The store holds the
 * engine's whole history (every asked batch and its told results, in order); engines are deterministic
 * under replay, so replaying that history rebuilds the exact engine state (population, CMA-ES
 * state, ...) in any process. The cursor replays only the batches it has not seen yet, so a long-lived
 * worker pays each batch once; a fresh or restarted process replays from the start.
 * <p>Used under the study's advisory lock only (one proposer at a time, across all processes).
 */
final class EngineCursor {
    private final SearchEngine engine;
    private final SearchContext context;
    private EngineRun run;
    private int nextBatch;
    private int nextNumber;
    /** Asked for batch {@code nextBatch} but not yet told (the batch is being evaluated). */
    private List<Architecture> outstanding;

    EngineCursor(SearchEngine engine, SearchContext context) {
        this.engine = engine;
        this.context = context;
        reset();
    }

    /** Forgets everything (after a failed transaction the local copy may be ahead of the store). */
    void reset() {
        run = engine.start(context);
        nextBatch = 0;
        nextNumber = 0;
        outstanding = null;
    }

    int nextBatch() {
        return nextBatch;
    }

    int nextNumber() {
        return nextNumber;
    }

    /**
     * Replays one finished batch from the store: the engine must propose exactly the stored candidates
     * (else the engine or space changed since the study was started), then is told their results.
     */
    void replay(int batch, List<Trial> results) throws ResumeException {
        if (batch != nextBatch || results.isEmpty() || results.get(0).number() != nextNumber) {
            throw new ResumeException("shared store is inconsistent at batch " + batch + " (expected batch " + nextBatch
                    + " from trial " + nextNumber + ")");
        }
        List<Architecture> asked = outstanding != null ? outstanding : run.ask(results.get(0).batchSize());
        if (asked.size() != results.size()) {
            throw new ResumeException("cannot rebuild the engine state: batch " + batch + " holds " + results.size()
                    + " trials but the engine now proposes " + asked.size() + " (was the engine or space code changed?)");
        }
        for (int k = 0; k < asked.size(); k++) {
            Trial t = results.get(k);
            if (t.number() != nextNumber + k || !asked.get(k).equals(t.candidate())) {
                throw new ResumeException("cannot rebuild the engine state: trial " + t.number() + " was " + t.candidate().text()
                        + " but the engine now proposes " + asked.get(k).text() + " (was the engine or space code changed?)");
            }
        }
        run.tell(results);
        outstanding = null;
        nextBatch++;
        nextNumber += results.size();
    }

    /** Asks the next batch (up to {@code n}); empty when the engine can propose nothing more. */
    List<Architecture> ask(int n) {
        if (outstanding != null) {
            throw new IllegalStateException("batch " + nextBatch + " was asked and is not told yet");
        }
        List<Architecture> asked = run.ask(n);
        outstanding = asked.isEmpty() ? null : List.copyOf(asked);
        return asked;
    }
}
