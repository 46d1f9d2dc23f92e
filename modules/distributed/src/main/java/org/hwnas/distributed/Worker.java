package org.hwnas.distributed;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;

/**
 * Works on a shared study until it is finished: each thread claims a pending trial, evaluates it and
 * records the result; when nothing is pending and the current batch is complete, the thread asks the
 * engine for the next batch itself ({@link PgTrialStore#propose}). So any number of workers, started
 * and stopped at any time, on any machines, together run the study exactly as one {@code hwnas search}
 * would: same batches, same candidates, same results (for deterministic measures).
 * <p>A heartbeat thread refreshes this process's running trials every quarter of the study's heartbeat
 * timeout, and every thread that waits for others checks for lost workers' trials ({@link PgTrialStore#reap}).
 */
public final class Worker {
    private final PgLocation location;
    private final StudyRecord record;
    private final Study study;
    private final int threads;
    private final ProgressListener listener;
    private final String id;
    private final FitnessFunction fitness;
    private final Evaluator evaluator;
    private final EngineCursor cursor;
    private volatile boolean cancelled;
    private final AtomicInteger evaluated = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();
    private final AtomicInteger reaped = new AtomicInteger();
    private final AtomicLong lastReap = new AtomicLong();
    private final AtomicReference<RunResult.StopReason> stop = new AtomicReference<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicInteger reconnects = new AtomicInteger();
    /** Numbers of the trials this process's threads hold (claimed, result not yet recorded). */
    private final java.util.Set<Integer> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** New connections a thread tries after a claim or record lost its connection, before it gives up. */
    static final int RECONNECT_TRIES = 5;
    private long firstReconnectWaitMs = 500;

    /** How a worker's run ended; {@code evaluated} counts only trials this process recorded. */
    public record Result(int evaluated, int discarded, int reaped, RunResult.StopReason reason, long elapsedMs, int reconnects) {
    }

    public Worker(PgLocation location, StudyRecord record, Study study, int threads, ProgressListener listener) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1..256, got " + threads);
        }
        this.location = location;
        this.record = record;
        this.study = study;
        this.threads = threads;
        this.listener = listener;
        this.id = defaultId();
        this.fitness = new FitnessFunction(study.objectives(), study.constraints());
        this.evaluator = new Evaluator(study.measures(), fitness);
        this.cursor = new EngineCursor(study.engine(), study.context());
    }

    /** {@code host:pid}: what the store records as the holder of a running trial. */
    public static String defaultId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    public String id() {
        return id;
    }

    public FitnessFunction fitness() {
        return fitness;
    }

    /** Tests: the first wait before a reconnection try (then doubled each try); 500 ms by default. */
    Worker firstReconnectWait(long ms) {
        this.firstReconnectWaitMs = ms;
        return this;
    }

    /** Stops claiming; trials in flight are still recorded. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * After {@link #cancel}, when the trials in flight cannot be waited for: gives them back to the study
     * so other workers run them now.
     *
     * @return how many were given back
     */
    public int releaseRunning() throws StoreException {
        try (PgTrialStore store = PgTrialStore.open(location, "hwnas-worker", false)) {
            return store.release(record, id);
        }
    }

    public Result run() throws StoreException, ResumeException, InterruptedException {
        long start = System.currentTimeMillis();
        List<PgTrialStore> stores = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                stores.add(PgTrialStore.open(location, "hwnas-worker", false));
            }
            PgTrialStore beatStore = PgTrialStore.open(location, "hwnas-heartbeat", false);
            stores.add(beatStore);
            Thread beat = new Thread(() -> heartbeats(beatStore), "hwnas-heartbeat");
            beat.setDaemon(true);
            beat.start();
            List<Thread> pool = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                PgTrialStore s = stores.get(i);
                Thread t = new Thread(() -> work(s, start), "hwnas-worker-" + i);
                t.setDaemon(true);
                pool.add(t);
                t.start();
            }
            for (Thread t : pool) {
                t.join();
            }
            beat.interrupt();
            beat.join(5000);
        } finally {
            stores.forEach(PgTrialStore::close);
        }
        Exception e = failure.get();
        if (e instanceof StoreException s) {
            throw s;
        }
        if (e instanceof ResumeException r) {
            throw r;
        }
        if (e != null) {
            throw new IllegalStateException("worker failed: " + e, e);
        }
        RunResult.StopReason reason = stop.get() != null ? stop.get()
                : cancelled ? RunResult.StopReason.CANCELLED : RunResult.StopReason.TRIALS;
        return new Result(evaluated.get(), discarded.get(), reaped.get(), reason, System.currentTimeMillis() - start, reconnects.get());
    }

    private void work(PgTrialStore first, long start) {
        PgTrialStore store = first;
        long backoff = 5;
        Claim held = null;      // the trial this thread runs ...
        Trial result = null;    // ... and its result, until it is recorded
        boolean again = false;  // recording again after a dropped connection
        try {
            while (true) {
                try {
                    if (result != null) {
                        boolean mine = record(store, held, result, again);
                        Trial done = result;
                        held = null;
                        result = null;
                        again = false;
                        if (mine) {
                            progress(store, done, start);
                        }
                        continue;
                    }
                    if (cancelled || stop.get() != null || failure.get() != null) {
                        break;
                    }
                    if (study.budget().seconds() > 0 && System.currentTimeMillis() - start >= study.budget().seconds() * 1000) {
                        stop.compareAndSet(null, RunResult.StopReason.TIME);
                        break;
                    }
                    Claim c = store.claim(record, id);
                    if (c != null) {
                        held = c;
                        this.held.add(c.number());
                        result = evaluator.evaluate(study.space().parse(c.candidate()), c.number(), c.batch(), c.batchSize());
                        backoff = 5;
                        continue; // recorded at the top of the loop, on a new connection if this one drops
                    }
                    PgTrialStore.Proposal p;
                    synchronized (cursor) {
                        p = store.propose(record, cursor, study.space(), fitness);
                    }
                    switch (p) {
                        case ADDED -> backoff = 5;
                        case DONE -> stop.compareAndSet(null, RunResult.StopReason.TRIALS);
                        case EXHAUSTED -> stop.compareAndSet(null, RunResult.StopReason.EXHAUSTED);
                        case BUSY -> {
                            maybeReap(store);
                            Thread.sleep(backoff);
                            backoff = Math.min(backoff * 2, 200);
                        }
                        default -> throw new IllegalStateException(p.name());
                    }
                } catch (StoreException e) {
                    if (!PgTrialStore.connectionLost(e)) {
                        throw e;
                    }
                    if (store != first) {
                        store.close();
                    }
                    store = null;
                    store = reconnect(e);
                    if (result != null) {
                        again = true;
                    } else {
                        // a claim may have been committed without this thread seeing it
                        store.releaseOrphans(record, id, List.copyOf(this.held));
                    }
                }
            }
        } catch (InterruptedException e) {
            cancelled = true;
        } catch (StoreException | ResumeException | RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            if (store != null && store != first) {
                store.close();
            }
        }
    }

    /**
     * A new connection after {@code lost}: {@link #RECONNECT_TRIES} tries, waiting 0.5, 1, 2, 4, 8 s
     * (about 15 s: a server restart or a network blip). Other workers' and the heartbeat's connections are
     * separate, and trials in flight stay claimed meanwhile as long as the heartbeat gets through.
     */
    private PgTrialStore reconnect(StoreException lost) throws StoreException, InterruptedException {
        long wait = firstReconnectWaitMs;
        StoreException last = lost;
        for (int i = 0; i < RECONNECT_TRIES && !cancelled; i++) {
            Thread.sleep(wait);
            wait *= 2;
            try {
                PgTrialStore s = PgTrialStore.open(location, "hwnas-worker", false);
                reconnects.incrementAndGet();
                return s;
            } catch (StoreException e) {
                last = e;
            }
        }
        throw new StoreException(lost.getMessage() + " (gave up after " + RECONNECT_TRIES + " reconnection tries: "
                + last.getMessage() + ")", lost);
    }

    /** Records {@code t}; false when it was dropped (the trial was taken back meanwhile). */
    private boolean record(PgTrialStore store, Claim c, Trial t, boolean again) throws StoreException {
        // after a dropped connection the first record may have committed: then it is done
        boolean mine = again && store.recorded(record, c, id) || store.record(record, c, id, t);
        held.remove(c.number()); // decided: recorded now, or dropped as taken back meanwhile
        (mine ? evaluated : discarded).incrementAndGet();
        return mine;
    }

    private void progress(PgTrialStore store, Trial t, long start) throws StoreException {
        if (listener != ProgressListener.NONE) {
            int done = store.finishedCount(record);
            synchronized (listener) {
                listener.trialFinished(t, done, record.budgetTrials(), System.currentTimeMillis() - start);
            }
        }
    }

    /** At most one lost-worker check per second per process. */
    private void maybeReap(PgTrialStore store) throws StoreException {
        long now = System.currentTimeMillis();
        long last = lastReap.get();
        if (now - last >= 1000 && lastReap.compareAndSet(last, now)) {
            reaped.addAndGet(store.reap(record).size());
        }
    }

    /**
     * Beats every quarter of the timeout. A failed beat (a network blip) is retried on a new connection;
     * only when no beat got through for a whole timeout does the worker stop, since by then its trials
     * are being taken back by the others.
     */
    private void heartbeats(PgTrialStore first) {
        long timeout = record.settings().heartbeatTimeoutMs();
        long every = Math.max(250, timeout / 4);
        long lastBeat = System.currentTimeMillis();
        PgTrialStore store = first;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(every);
                    if (store == null) {
                        store = PgTrialStore.open(location, "hwnas-heartbeat", false);
                    }
                    store.heartbeat(record, id);
                    lastBeat = System.currentTimeMillis();
                } catch (InterruptedException e) {
                    return;
                } catch (StoreException e) {
                    if (store != first && store != null) {
                        store.close();
                    }
                    store = null;
                    if (System.currentTimeMillis() - lastBeat >= timeout) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                }
            }
        } finally {
            if (store != null && store != first) {
                store.close();
            }
        }
    }
}
