package dev.ordercore.adapter.http;

import java.util.Objects;

/**
 * How the HTTP API behaves at its edge. {@code maxBodyBytes} bounds every request body (a larger
 * one is refused with 413 before it is parsed), except the body of {@code POST /intents:batch},
 * which {@code maxBatchBodyBytes} bounds: a batch of up to 1,000 intents is larger than any single
 * request should be, so it has a limit of its own instead of a raised global one. {@code admission}
 * bounds how many requests to the tenant API run and wait at once ({@link LoadShedding}; unlimited
 * by default, the server sets it from its pool size).
 */
public record HttpSettings(long maxBodyBytes, long maxBatchBodyBytes, AdmissionLimits admission) {

    /** One mebibyte, the default body limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

    /**
     * 16 MiB, the default limit of a batch body: 1,000 intents of about 16 KiB each, so a full batch
     * of 5-line intents (about 0.7 MiB) fits many times over, and one of 50-line intents still fits.
     */
    public static final long DEFAULT_MAX_BATCH_BODY_BYTES = 16L * 1024L * 1024L;

    public HttpSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit is at least one byte, got " + maxBodyBytes);
        }
        if (maxBatchBodyBytes < 1) {
            throw new IllegalArgumentException("the batch body limit is at least one byte, got " + maxBatchBodyBytes);
        }
        Objects.requireNonNull(admission, "admission");
    }

    /** {@code maxBodyBytes} for every body, the default limit for batches, no admission limit. */
    public HttpSettings(long maxBodyBytes) {
        this(maxBodyBytes, DEFAULT_MAX_BATCH_BODY_BYTES, AdmissionLimits.UNLIMITED);
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES, AdmissionLimits.UNLIMITED);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(bytes, maxBatchBodyBytes, admission);
    }

    public HttpSettings withMaxBatchBodyBytes(long bytes) {
        return new HttpSettings(maxBodyBytes, bytes, admission);
    }

    public HttpSettings withAdmission(AdmissionLimits limits) {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, limits);
    }
}
