package org.hwnas.cli.study;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hwnas.distributed.Worker;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.store.StoreException;

/**
 * Runs a worker so that Ctrl-C stops claiming and lets the trials in flight be recorded; trials that do
 * not finish within 10 s (a long training) are given back to the study for other workers.
 */
final class WorkerRuns {
    private WorkerRuns() {
    }

    static Worker.Result run(Worker worker) throws StoreException, ResumeException, InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            worker.cancel();
            try {
                if (!finished.await(10, TimeUnit.SECONDS)) {
                    worker.releaseRunning();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (org.hwnas.search.store.StoreException e) {
                // the heartbeat timeout gives them back instead
            }
        }, "hwnas-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return worker.run();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }
}
