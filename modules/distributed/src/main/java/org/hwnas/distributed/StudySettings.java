package org.hwnas.distributed;

/**
 * Failure handling of a shared study.
 *
 * @param maxRetries         how often a trial whose worker was lost is run again before it is recorded
 *                           as failed (0 = never retried)
 * @param heartbeatTimeoutMs a running trial without a heartbeat for this long belongs to a lost worker;
 *                           workers beat every quarter of it
 */
public record StudySettings(int maxRetries, int heartbeatTimeoutMs) {
    public static final StudySettings DEFAULT = new StudySettings(2, 60_000);

    public StudySettings {
        if (maxRetries < 0 || maxRetries > 100) {
            throw new IllegalArgumentException("retries must be 0..100, got " + maxRetries);
        }
        if (heartbeatTimeoutMs < 1000 || heartbeatTimeoutMs > 86_400_000) {
            throw new IllegalArgumentException("heartbeat timeout must be 1 s .. 1 day, got " + heartbeatTimeoutMs + " ms");
        }
    }
}
