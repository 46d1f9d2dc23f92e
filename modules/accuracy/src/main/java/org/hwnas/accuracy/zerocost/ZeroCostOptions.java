package org.hwnas.accuracy.zerocost;

/**
 * @param batch digits in the mini-batch (NASWOT's kernel is {@code batch x batch})
 * @param seed  seeds the weights and picks the digits; the same seed gives the same scores
 */
public record ZeroCostOptions(int batch, long seed) {
    public static final int DEFAULT_BATCH = 64;

    public ZeroCostOptions {
        if (batch < 2 || batch > 1024) {
            throw new IllegalArgumentException("mini-batch size must be 2..1024, got " + batch);
        }
    }

    public static ZeroCostOptions defaults() {
        return new ZeroCostOptions(DEFAULT_BATCH, 0);
    }
}
