package dev.ordercore.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the tenant API ({@code /api/*}) admits at once ({@link LoadShedding}): at most
 * {@code maxInFlight} requests run, at most {@code maxQueued} more wait for a turn, each at most
 * {@code maxQueueWait}; anything beyond is answered at once with 503, {@code Retry-After} and the
 * problem {@code server.overloaded}. {@link #UNLIMITED} admits everything (no shedding).
 */
public record AdmissionLimits(int maxInFlight, int maxQueued, Duration maxQueueWait) {

    /** No limit: every request runs, however many there are. */
    public static final AdmissionLimits UNLIMITED = new AdmissionLimits(0, 0, Duration.ZERO);

    public AdmissionLimits {
        Objects.requireNonNull(maxQueueWait, "maxQueueWait");
        if (maxInFlight < 0) {
            throw new IllegalArgumentException("maxInFlight is 0 (unlimited) or more, got " + maxInFlight);
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("maxQueued is 0 or more, got " + maxQueued);
        }
        if (maxQueueWait.isNegative()) {
            throw new IllegalArgumentException("maxQueueWait is not negative, got " + maxQueueWait);
        }
    }

    /**
     * The defaults for a database pool of {@code poolSize} connections: as many requests in flight
     * as connections (nearly every request holds one, and more in flight would only wait for the pool,
     * where a wait longer than its timeout ends in a 503 anyway), four times as many waiting, none for
     * more than a second. See docs/decisions/0014.
     */
    public static AdmissionLimits forPool(int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool has at least one connection, got " + poolSize);
        }
        return new AdmissionLimits(poolSize, 4 * poolSize, Duration.ofSeconds(1));
    }

    public boolean unlimited() {
        return maxInFlight == 0;
    }
}
