package org.hwnas.search.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineRun;
import org.hwnas.search.spi.EngineState;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;

/**
 * Runs a study: asks the engine for a batch, evaluates it on {@code workers} threads, stores each trial
 * the moment it finishes, then tells the engine the batch in the order asked.
 * <p><b>Determinism.</b> Batches have the study's {@code batch} size whatever the number of workers, and
 * results are told in ask order, so every engine gives identical trials for a seed with 1 or N workers
 * (a {@code seconds} budget can stop a run earlier, nothing else changes).
 * <p><b>Resume.</b> The engine is rebuilt by replaying the store: each stored batch is asked again and
 * must come out identical (else the run is refused), its stored results are told back, and trials of a
 * batch that were in flight at the crash are evaluated now. No finished trial is lost or run twice.
 */
public final class StudyRunner {
    private final Study study;
    private final TrialStore store;
    private final ProgressListener listener;
    private final FitnessFunction fitness;
    private final Evaluator evaluator;
    private volatile boolean cancelled;
    private long runStart;

    public StudyRunner(Study study, TrialStore store, ProgressListener listener) {
        this.study = study;
        this.store = store;
        this.listener = listener;
        this.fitness = new FitnessFunction(study.objectives(), study.constraints());
        this.evaluator = new Evaluator(study.measures(), fitness);
    }

    /** Stops the run after the batch in flight (all of whose trials are then stored). */
    public void cancel() {
        cancelled = true;
    }

    public FitnessFunction fitness() {
        return fitness;
    }

    public RunResult run() throws StoreException, ResumeException, InterruptedException {
        long start = System.currentTimeMillis();
        runStart = start;
        List<Trial> stored = store.trials(study.space(), fitness);
        List<Trial> all = new ArrayList<>();
        AtomicInteger done = new AtomicInteger(stored.size());
        EngineRun engine = study.engine().start(study.context());
        ExecutorService pool = Executors.newFixedThreadPool(study.workers(), r -> {
            Thread t = new Thread(r, "hwnas-eval");
            t.setDaemon(true);
            return t;
        });
        int evaluated = 0;
        try {
            int next = 0;
            int batchNo = 0;
            int i = 0;
            while (i < stored.size()) { // replay
                Trial first = stored.get(i);
                if (first.batch() != batchNo || first.number() < next || first.number() >= next + first.batchSize()) {
                    throw new ResumeException("trial store is inconsistent at trial " + first.number() + " (batch " + first.batch()
                            + ", expected batch " + batchNo + " from trial " + next + ")");
                }
                int size = first.batchSize();
                Map<Integer, Trial> known = new HashMap<>();
                while (i < stored.size() && stored.get(i).batch() == batchNo) {
                    known.put(stored.get(i).number(), stored.get(i));
                    i++;
                }
                List<Architecture> asked = engine.ask(size);
                for (Trial t : known.values()) {
                    int k = t.number() - next;
                    if (k >= asked.size() || !asked.get(k).equals(t.candidate())) {
                        throw new ResumeException("cannot rebuild the engine state: trial " + t.number() + " was " + t.candidate().text()
                                + " but the engine now proposes " + (k < asked.size() ? asked.get(k).text() : "nothing")
                                + " (was the engine or space code changed?); delete the database to start over");
                    }
                }
                List<Trial> batch = evaluate(pool, asked, next, batchNo, known, done);
                evaluated += asked.size() - known.size();
                engine.tell(batch);
                all.addAll(batch);
                next += asked.size();
                batchNo++;
            }
            int resumed = stored.size();
            if (batchNo > 0) {
                reportState(batchNo - 1, engine);
            }
            RunResult.StopReason reason = RunResult.StopReason.TRIALS;
            while (next < study.budget().trials()) {
                if (cancelled) {
                    reason = RunResult.StopReason.CANCELLED;
                    break;
                }
                if (study.budget().seconds() > 0 && System.currentTimeMillis() - start >= study.budget().seconds() * 1000) {
                    reason = RunResult.StopReason.TIME;
                    break;
                }
                int k = Math.min(study.batch(), study.budget().trials() - next);
                List<Architecture> asked = engine.ask(k);
                if (asked.isEmpty()) {
                    reason = RunResult.StopReason.EXHAUSTED;
                    break;
                }
                List<Trial> batch = evaluate(pool, asked, next, batchNo, Map.of(), done);
                evaluated += batch.size();
                engine.tell(batch);
                reportState(batchNo, engine);
                all.addAll(batch);
                next += asked.size();
                batchNo++;
            }
            return new RunResult(all, resumed, evaluated, reason, System.currentTimeMillis() - start);
        } finally {
            pool.shutdownNow();
            engine.close();
        }
    }

    private void reportState(int batch, EngineRun engine) {
        EngineState state = engine.state();
        synchronized (listener) {
            listener.batchFinished(batch, state);
        }
    }

    /** Evaluates the candidates not already known, storing each as it finishes; results in ask order. */
    private List<Trial> evaluate(ExecutorService pool, List<Architecture> asked, int first, int batchNo,
                                 Map<Integer, Trial> known, AtomicInteger done) throws StoreException, InterruptedException {
        List<Future<Trial>> futures = new ArrayList<>(asked.size());
        for (int k = 0; k < asked.size(); k++) {
            int number = first + k;
            Trial t = known.get(number);
            if (t != null) {
                futures.add(java.util.concurrent.CompletableFuture.completedFuture(t));
                continue;
            }
            Architecture a = asked.get(k);
            futures.add(pool.submit(() -> {
                Trial r = evaluator.evaluate(a, number, batchNo, asked.size());
                store.append(r);
                synchronized (listener) {
                    listener.trialFinished(r, done.incrementAndGet(), study.budget().trials(), System.currentTimeMillis() - runStart);
                }
                return r;
            }));
        }
        List<Trial> out = new ArrayList<>(asked.size());
        for (Future<Trial> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof StoreException s) {
                    throw s;
                }
                throw new IllegalStateException("evaluation worker failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }
}
