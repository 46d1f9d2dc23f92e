package org.hwnas.distributed;

import java.util.Map;

/**
 * One row of a shared study as stored, for watchers (an IDE console, {@code hwnas study trials}): no
 * search space is needed to read it, and pending and running trials are included.
 *
 * @param status     {@code PENDING}, {@code RUNNING}, {@code OK} or {@code FAILED}
 * @param attempts   how many times it was claimed (more than 1 after a lost worker)
 * @param worker     who runs it (running) or ran it last
 * @param finishedAt epoch milliseconds, 0 while not finished
 */
public record StoredTrial(int number, int batch, int batchSize, String candidate, String status, int attempts, String worker,
                          Map<String, Double> measures, String error, double evalMillis, long finishedAt) {

    public StoredTrial {
        measures = Map.copyOf(measures);
    }

    public boolean finished() {
        return "OK".equals(status) || "FAILED".equals(status);
    }
}
