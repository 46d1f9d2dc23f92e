package org.hwnas.distributed;

/** A trial a worker claimed: it alone may record the result of this attempt. */
public record Claim(int number, int batch, int batchSize, String candidate, int attempt) {
}
