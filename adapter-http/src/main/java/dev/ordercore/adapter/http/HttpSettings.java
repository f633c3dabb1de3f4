package dev.ordercore.adapter.http;

import java.util.Objects;

/**
 * How the HTTP API behaves at its edge. {@code maxBodyBytes} bounds every request body (a larger
 * one is refused with 413 before it is parsed); {@code admission} bounds how many requests to the
 * tenant API run and wait at once ({@link LoadShedding}; unlimited by default, the server sets it
 * from its pool size).
 */
public record HttpSettings(long maxBodyBytes, AdmissionLimits admission) {

    /** One mebibyte, the default body limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

    public HttpSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit is at least one byte, got " + maxBodyBytes);
        }
        Objects.requireNonNull(admission, "admission");
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, AdmissionLimits.UNLIMITED);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(bytes, admission);
    }

    public HttpSettings withAdmission(AdmissionLimits limits) {
        return new HttpSettings(maxBodyBytes, limits);
    }
}
